import {readStatedNumber} from '../directives/stated-number.js'

/**
 * What the typed numbers of a number question are: nothing yet, not whole
 * numbers, or the keys to look up: as typed (`20 12`) and sorted (`12 20`),
 * which finds the right numbers in any order.
 */
export type TypedAnswer =
  | {readonly kind: 'nothing'}
  | {readonly kind: 'whole'}
  | {readonly kind: 'numbers'; readonly key: string; readonly sorted: string}

/**
 * Read what a student typed, one text per field, as the plugin reads numbers
 * stated in prose (`1,234`, `1 234`, `1234`, or the page's own separator): a
 * decimal, a word or an empty field among filled ones asks for a whole number.
 */
export function readTypedAnswer(texts: readonly string[], separator: string): TypedAnswer {
  const trimmed = texts.map((text) => text.trim())
  if (trimmed.every((text) => text === '')) return {kind: 'nothing'}
  const values = trimmed.map((text) => readStatedNumber(text, separator))
  if (values.some((value) => value === undefined || !Number.isFinite(value))) return {kind: 'whole'}
  const numbers = values as number[]
  return {
    kind: 'numbers',
    key: numbers.join(' '),
    sorted: [...numbers].sort((a, b) => a - b).join(' ')
  }
}
