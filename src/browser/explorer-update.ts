// An explorer's page side: count the network at the sizes its fields hold
// with the core, and rewrite every number that changed, marking each
// changed count with its old value in words.

import {analyseDescription} from '../core/count-parameters.js'
import type {DescriptionProblem} from '../core/index.js'
import type {ExplorerConfig} from '../render/explorer-controls.js'
import type {ExplorerNumber} from '../render/explorer-numbers.js'
import {explorerNumbers, slotNumbers} from '../render/explorer-numbers.js'
import {fillTemplate} from '../render/template.js'
import {
  choiceControls,
  fieldValue,
  readChoices,
  readSizes,
  sayBeside,
  sizeFields,
  sliderOf
} from './explorer-sizes.js'
import {matchRows} from './explorer-structure.js'

function configOf(explorer: HTMLElement): ExplorerConfig {
  return JSON.parse(String(explorer.dataset.rnnExplorer)) as ExplorerConfig
}

/** Show a count as changed, `was` in words after it, or as it was. */
function mark(slot: Element, was: string | undefined): void {
  // A count stands alone in its cell (or its `strong`): the note is its only sibling.
  let note = (slot.parentElement as Element).querySelector('.rnn-explorer-was')
  if (was === undefined) {
    slot.removeAttribute('data-rnn-changed')
    note?.remove()
    return
  }

  slot.setAttribute('data-rnn-changed', '')
  if (!note) {
    note = slot.ownerDocument.createElement('span')
    note.className = 'rnn-explorer-was'
    slot.after(note)
  }

  note.textContent = `(${was})`
}

/**
 * Count the explorer's network at its fields' sizes and bring the page up
 * to date; `marks` false clears every mark (Reset). What cannot be counted
 * is said beside `changed` and leaves the page as it was.
 */
export function updateExplorer(explorer: HTMLElement, changed: Element, marks = true): void {
  const config = configOf(explorer)
  const sized = readSizes(sizeFields(explorer), config.description, config.limit)
  if (!sized) return
  const analysis = analyseDescription(readChoices(explorer, sized))
  if (!analysis.ok) {
    sayBeside(changed, (analysis.problems[0] as DescriptionProblem).message)
    return
  }

  const {breakdown} = analysis
  const counted = explorerNumbers(breakdown, {thousandsSeparator: config.separator})
  // Rows a choice changed are written anew: their numbers are new, not changed.
  const written = config.words && matchRows(explorer, breakdown, counted, config, config.words)
  const numbers = slotNumbers(counted)
  for (const slot of Array.from(explorer.querySelectorAll('[data-rnn-slot]'))) {
    const number = numbers[Number(slot.getAttribute('data-rnn-slot'))] as ExplorerNumber
    const old = String(slot.textContent)
    const differs = old !== number.text
    if (differs) slot.textContent = number.text
    const marked = marks && differs && !written?.contains(slot)
    if (number.kind === 'count')
      mark(slot, marked ? fillTemplate(config.was, {value: old}) : undefined)
  }

  const total = (numbers.at(-1) as ExplorerNumber).text
  const status = explorer.querySelector('.rnn-explorer-status') as Element
  status.textContent = fillTemplate(config.status, {total})
}

/** A slider moved: its field takes the value. A field typed in: its slider follows a value within the caps. */
export function pairControls(control: HTMLInputElement, explorer: HTMLElement): HTMLInputElement {
  if (control.classList.contains('rnn-explorer-slider')) {
    const field = explorer.querySelector(`[id="${control.dataset.rnnFor}"]`) as HTMLInputElement
    field.value = control.value
    return field
  }

  const value = fieldValue(control)
  if (value !== undefined) sliderOf(control).value = String(value)
  return control
}

/** Every field and slider back at the author's sizes, the page with them, no marks. */
export function resetExplorer(explorer: HTMLElement): void {
  const fields = sizeFields(explorer)
  for (const field of fields) {
    field.value = String(field.dataset.rnnAuthor)
    pairControls(field, explorer)
  }

  for (const control of choiceControls(explorer)) {
    const author = String(control.dataset.rnnAuthor)
    if (control instanceof HTMLInputElement) control.checked = author === 'true'
    else control.value = author
  }

  updateExplorer(explorer, fields[0] as HTMLInputElement, false)
}
