// A student's answers kept across reloads, in the browser's own storage and
// nowhere else: per page and quiz, unless the quiz says `remember=false`.

type QuizField = HTMLInputElement

function answerFields(form: HTMLFormElement): QuizField[] {
  return Array.from(form.querySelectorAll<QuizField>('input.rnn-quiz-radio, input.rnn-quiz-number'))
}

/** Where a form's answer is kept: the page's path and the quiz's id; none without an id or when turned off. */
function storageKey(form: HTMLFormElement): string | undefined {
  if (!form.id || form.dataset.rnnRemember === 'false') return undefined
  return `remark-rnn:${location.pathname}#${form.id}`
}

/** The browser's storage, or nothing where it is refused (a sandboxed frame, strict privacy settings). */
function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Keep what the form holds now: each radio checked or not, each number as typed. */
export function rememberAnswer(form: HTMLFormElement): void {
  const key = storageKey(form)
  if (key === undefined) return
  const values = answerFields(form).map((field) =>
    field.type === 'radio' ? (field.checked ? 'checked' : '') : field.value
  )
  try {
    storage()?.setItem(key, JSON.stringify(values))
  } catch {
    // Storage full or refused: the answer simply is not kept.
  }
}

/** Put back the kept answers of the quiz forms inside `root` (a form changed since keeps its own). */
export function restoreAnswers(root: ParentNode): void {
  for (const form of Array.from(root.querySelectorAll<HTMLFormElement>('form.rnn-quiz-form'))) {
    const key = storageKey(form)
    const kept = key === undefined ? null : (storage()?.getItem(key) ?? null)
    if (kept === null) continue
    let values: unknown
    try {
      values = JSON.parse(kept)
    } catch {
      continue
    }
    const fields = answerFields(form)
    if (!Array.isArray(values) || values.length !== fields.length) continue
    fields.forEach((field, index) => {
      const value = String(values[index])
      if (field.type === 'radio') field.checked = value === 'checked'
      else field.value = value
    })
  }
}
