/**
 * The quiz form's colours: CSS custom properties a site may set, with these
 * defaults (GitHub's Primer palette, 3:1 against the page for the marks).
 * Text keeps the page's own colour, so its contrast is the site's.
 */
export const quizColours = {
  light: {border: '#8c959f', right: '#1a7f37', wrong: '#cf222e', focus: '#0969da'},
  dark: {border: '#6e7681', right: '#3fb950', wrong: '#ff7b72', focus: '#58a6ff'}
} as const

type QuizColour = keyof (typeof quizColours)['light']

function scheme(name: 'light' | 'dark'): string {
  return Object.entries(quizColours[name])
    .map(
      ([colour, value]) =>
        `--rnn-q-${colour}:var(--rnn-quiz-${name === 'dark' ? 'dark-' : ''}${colour as QuizColour},${value})`
    )
    .join(';')
}

const form = '.rnn-quiz-form'
// Set on <html> by the self-check script: feedback then waits for Check.
const scripted = 'html[data-rnn-self-check]'

/**
 * The stylesheet in the first quiz of a page (it styles every quiz there):
 * without the script, choosing an option reveals its feedback (`:checked ~`);
 * with it, feedback waits for Check and shows (and is announced) below it. Light by default, dark under
 * `prefers-color-scheme: dark` and `[data-theme='dark']`, as the diagram is.
 */
export const quizStylesheet = [
  `${form}{${scheme('light')}}`,
  `@media (prefers-color-scheme:dark){${form}{${scheme('dark')}}}`,
  `[data-theme='dark'] ${form}{${scheme('dark')}}`,
  `[data-theme='light'] ${form}{${scheme('light')}}`,
  `${form} fieldset{border:1px solid var(--rnn-q-border);border-radius:6px;margin:0;padding:.4rem 1rem .8rem;min-width:0}`,
  `${form} legend{padding:0 .3rem;font-weight:600}`,
  `${form} .rnn-quiz-options{display:grid;gap:.35rem;margin:.6rem 0 0;padding:0}`,
  `${form} .rnn-quiz-option{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .5rem}`,
  `${form} .rnn-quiz-option>label{flex:1;cursor:pointer}`,
  `${form} input:focus-visible,${form} button:focus-visible{outline:2px solid var(--rnn-q-focus);outline-offset:2px}`,
  `${form} .rnn-quiz-entry{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .6rem;margin:.6rem 0 0}`,
  `${form} .rnn-quiz-entry input{font:inherit;width:9em;padding:.15rem .35rem}`,
  `${form} .rnn-quiz-feedback{display:none;flex-basis:100%;margin:.1rem 0 .3rem 1.6rem;padding-left:.6rem;border-left:3px solid var(--rnn-q-wrong)}`,
  `${form} .rnn-quiz-feedback[data-rnn-right]{border-left-color:var(--rnn-q-right)}`,
  `html:not([data-rnn-self-check]) ${form} .rnn-quiz-radio:checked~.rnn-quiz-feedback{display:block}`,
  `${form} .rnn-quiz-check{display:none;margin:.6rem 0 0;font:inherit;padding:.2rem .9rem;cursor:pointer}`,
  `${scripted} ${form} .rnn-quiz-check{display:inline-block}`,
  `${form} .rnn-quiz-status{margin:.4rem 0 0;padding-left:.6rem;border-left:3px solid var(--rnn-q-wrong)}`,
  `${form} .rnn-quiz-status[data-rnn-right]{border-left-color:var(--rnn-q-right)}`,
  // An empty live region stays in the accessibility tree, so its first message is announced too.
  `${form} .rnn-quiz-status:empty{border:0;margin:0;padding:0}`
].join('\n')

/**
 * The stylesheet of a form inside a shadow root (MyST's widgets), where the
 * script always runs but `html[data-rnn-self-check]` cannot be seen: Check
 * shown, and book-theme's dark scheme (a class on `<html>`) followed.
 */
export const shadowQuizStylesheet = [
  quizStylesheet,
  `${form} .rnn-quiz-check{display:inline-block}`,
  `:host-context(html.dark) ${form}{${scheme('dark')}}`
].join('\n')
