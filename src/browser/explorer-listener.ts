// What an explorer does, wherever it is: the page's document (the explorer
// script) or a widget's shadow root (MyST), whose events stay inside it.
import {pairControls, resetExplorer, updateExplorer} from './explorer-update.js'

function explorerOf(element: Element): HTMLElement {
  return element.closest('.rnn-explorer') as HTMLElement
}

function input(event: Event): void {
  const control = event.target
  if (!(control instanceof Element)) return
  if (control.matches('.rnn-explorer-choice')) updateExplorer(explorerOf(control), control)
  if (!(control instanceof HTMLInputElement)) return
  if (!control.matches('.rnn-explorer-field, .rnn-explorer-slider')) return
  const explorer = explorerOf(control)
  updateExplorer(explorer, pairControls(control, explorer))
}

/**
 * The controls are the script's own: their `input` and `change` events go no
 * further than its listener (taken while they descend). React, which
 * rendered them on a Docusaurus or Next.js page, would otherwise put back the
 * value it rendered after each one.
 */
function keep(event: Event): void {
  const control = event.target
  if (control instanceof Element && control.closest('.rnn-explorer-controls'))
    event.stopPropagation()
}

function click(event: Event): void {
  const target = event.target
  if (target instanceof Element && target.closest('.rnn-explorer-reset'))
    resetExplorer(explorerOf(target))
}

// Enter in a field would submit the form and reload the page: the counts are already up to date.
function submit(event: Event): void {
  if (event.target instanceof Element && event.target.matches('.rnn-explorer-controls'))
    event.preventDefault()
}

/** Follow every explorer inside `root`, now or later (client-side navigation adds them). Returns what stops listening. */
export function listenForExplorers(root: Document | DocumentFragment | Element): () => void {
  root.addEventListener('input', input, true)
  root.addEventListener('input', keep, true)
  root.addEventListener('change', keep, true)
  root.addEventListener('click', click)
  root.addEventListener('submit', submit)
  return () => {
    root.removeEventListener('input', input, true)
    root.removeEventListener('input', keep, true)
    root.removeEventListener('change', keep, true)
    root.removeEventListener('click', click)
    root.removeEventListener('submit', submit)
  }
}
