import {escapeForPattern} from './directive-names.js'

/** A number stated in prose, read; or undefined when it is not written as a whole count. */
export type StatedNumber = number | undefined

/**
 * Read `68`, `1,234`, `1 234` (also with a no-break or narrow space, or the
 * page's own thousands separator such as `1.234` in German): digits, with
 * groups of exactly three after the first. `6.8`, `6,8`, `6'8`, `6_8` and
 * anything else are not counts, never guessed into one.
 */
export function readStatedNumber(text: string, thousandsSeparator: string): StatedNumber {
  const separators = [
    ',',
    ' ',
    '\u00a0',
    '\u202f',
    ...(thousandsSeparator ? [thousandsSeparator] : [])
  ]
  const separator = separators.map(escapeForPattern).join('|')
  const pattern = new RegExp(`^(?:\\d+|\\d{1,3}(${separator})\\d{3}(?:\\1\\d{3})*)$`)
  if (!pattern.test(text)) return undefined
  const digits = text.replace(/\D/g, '')
  return digits.length > 16 ? Number.POSITIVE_INFINITY : Number(digits)
}
