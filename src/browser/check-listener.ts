// What Check does, wherever the forms are: the page's document (the
// self-check script) or a widget's shadow root (MyST), whose events stay
// inside it.
import {readTypedAnswer} from './number-answer.js'
import {rememberAnswer, restoreAnswers} from './remembered-answers.js'

/** The feedback line of the answer given, or of what is missing. */
function chosenFeedback(form: HTMLFormElement): Element | null {
  const line = (selector: string) => form.querySelector(`.rnn-quiz-feedback${selector}`)
  if (form.dataset.rnnQuiz === 'number') {
    // Array.from, not a spread: a site's transpiler may turn a spread into concat, which keeps a NodeList whole.
    const fields = Array.from(form.querySelectorAll<HTMLInputElement>('input.rnn-quiz-number'))
    const typed = readTypedAnswer(
      fields.map((field) => field.value),
      form.dataset.rnnSeparator ?? ''
    )
    if (typed.kind === 'nothing') return line('[data-rnn-nothing]')
    if (typed.kind === 'whole') return line('[data-rnn-whole]')
    return (
      line(`[data-rnn-values="${typed.key}"]`) ??
      line(`[data-rnn-order="${typed.sorted}"]`) ??
      line('[data-rnn-hint]')
    )
  }

  const radio = form.querySelector('input.rnn-quiz-radio:checked')
  return radio
    ? (radio.parentElement?.querySelector('.rnn-quiz-feedback') ?? null)
    : line('[data-rnn-nothing]')
}

function quizForm(target: EventTarget | null): HTMLFormElement | null {
  return target instanceof Element ? target.closest<HTMLFormElement>('form.rnn-quiz-form') : null
}

function status(form: HTMLFormElement): HTMLElement | null {
  return form.querySelector<HTMLElement>('.rnn-quiz-status')
}

/**
 * Each field of a several-number question says whether its own number is
 * right (`checked`), or nothing (a changed answer): its note, tied to it by
 * aria-describedby, and `aria-invalid` on a wrong one.
 */
function markFields(form: HTMLFormElement, checked: boolean): void {
  for (const field of Array.from(form.querySelectorAll<HTMLInputElement>('input[data-rnn-key]'))) {
    const note = field.nextElementSibling as HTMLElement
    // The plugin writes the separator on every form.
    const typed = readTypedAnswer([field.value], form.getAttribute('data-rnn-separator') as string)
    const right = typed.kind === 'numbers' && typed.key === field.dataset.rnnKey
    const marked = checked && typed.kind !== 'nothing'
    if (marked && !right) field.setAttribute('aria-invalid', 'true')
    else field.removeAttribute('aria-invalid')
    note.textContent = marked ? note.getAttribute(right ? 'data-rnn-right' : 'data-rnn-wrong') : ''
  }
}

function check(event: Event): void {
  const form = quizForm(event.target)
  const line = form && status(form)
  if (!form || !line) return
  event.preventDefault()
  const feedback = chosenFeedback(form)
  line.textContent = feedback?.textContent?.trim() ?? ''
  line.toggleAttribute('data-rnn-right', feedback?.hasAttribute('data-rnn-right') ?? false)
  markFields(form, true)
}

// A changed answer clears the old feedback, so the next Check is announced afresh, and is kept.
function clear(event: Event): void {
  const form = quizForm(event.target)
  if (!form) return
  rememberAnswer(form)
  const line = status(form)
  if (!line) return
  line.textContent = ''
  markFields(form, false)
}

/**
 * Check on submit and clear (and keep) a changed answer, for every quiz
 * form inside `root` now or later (client-side navigation adds forms), after
 * putting back the answers kept from an earlier visit. Returns what stops
 * listening.
 */
export function listenForChecks(root: Document | DocumentFragment | Element): () => void {
  restoreAnswers(root)
  root.addEventListener('submit', check)
  root.addEventListener('input', clear)
  root.addEventListener('change', clear)
  return () => {
    root.removeEventListener('submit', check)
    root.removeEventListener('input', clear)
    root.removeEventListener('change', clear)
  }
}
