// Reading an explorer's fields: each size as a whole number within the
// plugin's caps, or the reason it is not, said beside its field.

import {withChoice, withSize} from '../core/explorer-sizes.js'
import type {DescriptionInput, ExplorerChoice, SizeName} from '../core/index.js'

/** The fields of an explorer, in the order the page lists them. */
export function sizeFields(explorer: Element): HTMLInputElement[] {
  // Array.from, not a spread: a site's transpiler may turn a spread into concat, which keeps a NodeList whole.
  return Array.from(explorer.querySelectorAll<HTMLInputElement>('input.rnn-explorer-field'))
}

/** A field's value, when it is a whole number within its bounds. */
export function fieldValue(field: HTMLInputElement): number | undefined {
  const text = field.value.trim()
  if (!/^\d+$/.test(text)) return undefined
  const value = Number(text)
  return value >= Number(field.min) && value <= Number(field.max) ? value : undefined
}

/** Say why a control's value is not used, or clear what was said. */
export function sayBeside(field: Element, message: string): void {
  const note = (field.parentElement as Element).querySelector('.rnn-explorer-limit') as Element
  note.textContent = message
  if (message) field.setAttribute('aria-invalid', 'true')
  else field.removeAttribute('aria-invalid')
}

/** The slider that moves with a field. */
export function sliderOf(field: HTMLInputElement): HTMLInputElement {
  const size = field.parentElement as Element
  return size.querySelector('input.rnn-explorer-slider') as HTMLInputElement
}

/**
 * The author's network with every field's size, or `undefined` (each bad
 * field told why) when one is no whole number within the caps.
 */
export function readSizes(
  fields: readonly HTMLInputElement[],
  description: Readonly<Record<string, unknown>>,
  limit: string
): DescriptionInput | undefined {
  let input: Readonly<Record<string, unknown>> = description
  let complete = true
  for (const field of fields) {
    const value = fieldValue(field)
    sayBeside(field, value === undefined ? limit : '')
    if (value === undefined) complete = false
    else {
      const index = field.dataset.rnnIndex
      const size = {
        name: field.dataset.rnnSize as SizeName,
        ...(index === undefined ? {} : {index: Number(index)})
      }
      input = withSize(input, size, value)
    }
  }

  return complete ? (input as DescriptionInput) : undefined
}

/** The choices `vary=…` offers (select or checkbox), in the order the page lists them. */
export function choiceControls(explorer: Element): Array<HTMLInputElement | HTMLSelectElement> {
  return Array.from(
    explorer.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.rnn-explorer-choice')
  )
}

/** The description with every choice the page offers as its control holds it. */
export function readChoices(
  explorer: Element,
  input: Readonly<Record<string, unknown>>
): DescriptionInput {
  let chosen = input
  for (const control of choiceControls(explorer)) {
    sayBeside(control, '')
    const value = control instanceof HTMLInputElement ? String(control.checked) : control.value
    chosen = withChoice(chosen, control.dataset.rnnChoice as ExplorerChoice, value)
  }

  return chosen as DescriptionInput
}
