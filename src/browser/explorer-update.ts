// An explorer's page side: count the network at the sizes its fields hold
// with the core, and rewrite every number that changed, marking each
// changed count with its old value in words.
import {analyseDescription} from '../core/count-parameters.js'
import type {ExplorerConfig} from '../render/explorer-controls.js'
import {explorerNumbers, slotNumbers} from '../render/explorer-numbers.js'
import {fillTemplate} from '../render/template.js'
import {readSizes, sayBeside, sizeFields, sliderOf} from './explorer-sizes.js'

export function configOf(explorer: HTMLElement): ExplorerConfig {
  return JSON.parse(explorer.dataset.rnnExplorer ?? '') as ExplorerConfig
}

/** Show a count as changed, `was` in words after it, or as it was. */
function mark(slot: Element, was: string | undefined): void {
  let note = slot.nextElementSibling
  if (!note?.classList.contains('rnn-explorer-was')) note = null
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
 * is said beside `changed` (or the first field) and leaves the page as it was.
 */
export function updateExplorer(
  explorer: HTMLElement,
  changed: HTMLInputElement | undefined,
  marks = true
): void {
  const config = configOf(explorer)
  const fields = sizeFields(explorer)
  const input = readSizes(fields, config.description, config.limit)
  if (!input) return
  const analysis = analyseDescription(input)
  if (!analysis.ok) {
    sayBeside(changed ?? (fields[0] as HTMLInputElement), analysis.problems[0]?.message ?? '')
    return
  }

  const numbers = slotNumbers(
    explorerNumbers(analysis.breakdown, {thousandsSeparator: config.separator})
  )
  for (const slot of Array.from(explorer.querySelectorAll('[data-rnn-slot]'))) {
    const number = numbers[Number(slot.getAttribute('data-rnn-slot'))]
    if (!number) continue
    const old = slot.textContent ?? ''
    const differs = old !== number.text
    if (differs) slot.textContent = number.text
    if (number.kind === 'count')
      mark(slot, marks && differs ? fillTemplate(config.was, {value: old}) : undefined)
  }

  const total = numbers.at(-1)?.text ?? ''
  const status = explorer.querySelector('.rnn-explorer-status')
  if (status) status.textContent = fillTemplate(config.status, {total})
}

/** A slider moved: its field takes the value. A field typed in: its slider follows, within its range. */
export function pairControls(control: HTMLInputElement, explorer: HTMLElement): HTMLInputElement {
  if (control.classList.contains('rnn-explorer-slider')) {
    const field = explorer.querySelector<HTMLInputElement>(`[id="${control.dataset.rnnFor}"]`)
    if (field) field.value = control.value
    return field ?? control
  }

  const slider = sliderOf(control)
  if (slider && /^\d+$/.test(control.value.trim())) slider.value = control.value.trim()
  return control
}

/** Every field and slider back at the author's sizes, the page with them, no marks. */
export function resetExplorer(explorer: HTMLElement): void {
  for (const field of sizeFields(explorer)) {
    field.value = field.dataset.rnnAuthor ?? field.value
    pairControls(field, explorer)
  }

  updateExplorer(explorer, undefined, false)
}
