// The self-check script a course page loads (dist/self-check.js,
// `remark-rnn/self-check`): Check shows and announces the feedback the form
// already holds. It imports nothing from unified; without it, the stylesheet
// reveals a choice quiz's feedback from the checked radio.
import {readTypedAnswer} from './number-answer.js'

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

/** Check on submit, clear on a changed answer, and let the stylesheet know the script runs. */
function listen(): void {
  // Listening on the document covers forms a site adds later (client-side navigation).
  document.addEventListener('submit', (event) => {
    const form = quizForm(event.target)
    const line = form && status(form)
    if (!form || !line) return
    event.preventDefault()
    const feedback = chosenFeedback(form)
    line.textContent = feedback?.textContent?.trim() ?? ''
    line.toggleAttribute('data-rnn-right', feedback?.hasAttribute('data-rnn-right') ?? false)
  })

  // A changed answer clears the old feedback, so the next Check is announced afresh.
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => {
      const form = quizForm(event.target)
      const line = form && status(form)
      if (line) line.textContent = ''
    })
  }

  document.documentElement.setAttribute('data-rnn-self-check', '')
}

// A site may import the script where it also renders on the server (Docusaurus's client modules).
if (typeof document !== 'undefined') listen()
