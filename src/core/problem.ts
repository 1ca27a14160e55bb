import type {DescriptionAttribute} from './description.js'

/** The most characters of author text a message repeats. */
export const quoteLimit = 60

/**
 * Characters a terminal or an editor does not show as themselves: control
 * characters, and the invisible ones that hide or reorder text (zero-width
 * spaces, bidirectional controls such as U+202E; a byte order mark is
 * whitespace, a space like the others).
 */
const invisible = /[\p{Cc}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069]/gu

/** An invisible character as its code point, so a message shows what the author's text really holds. */
const visible = (char: string) =>
  `<U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`

/**
 * Author text as a message repeats it: on one line and at most `quoteLimit`
 * characters (then an ellipsis), so a pasted 80 kB label makes a short
 * message rather than a slow report; an invisible character is written as
 * its code point (`5<U+0001>0`, not what looks like `50`).
 */
export function clip(text: string): string {
  const head = text.slice(0, quoteLimit * 4)
  const chars = Array.from(head.replace(/\s+/g, ' ').replace(invisible, visible))
  const cut = chars.length > quoteLimit || head.length < text.length
  return cut ? chars.slice(0, quoteLimit - 1).join('') + '…' : chars.join('')
}

/** Author text in backticks, clipped as above. */
export function quote(text: string): string {
  return '`' + clip(text) + '`'
}

/** Stable identifiers of description problems; documented in the README. */
export type DescriptionRuleId =
  | 'missing-attribute'
  | 'unknown-attribute'
  | 'empty-value'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'invalid-choice'
  | 'invalid-boolean'
  | 'conflicting-options'
  | 'mismatched-state'
  | 'too-many-parameters'

/** One thing wrong with a description, written for the author who typed it. */
export interface DescriptionProblem {
  readonly ruleId: DescriptionRuleId
  /** The attribute the problem is about, when there is one. */
  readonly attribute?: DescriptionAttribute | string
  readonly message: string
  /** A replacement the author probably meant (`lstm` for `lstmm`). */
  readonly suggestion?: string
  /**
   * Where in the attribute's value, as given, the fault is (start and end
   * offsets: one entry of `units=4,,5`); absent, the whole value.
   */
  readonly span?: readonly [number, number]
}

/** Thrown by `countParameters` for a bad description; lists every problem. */
export class DescriptionError extends Error {
  readonly problems: readonly DescriptionProblem[]

  constructor(problems: readonly DescriptionProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'))
    this.name = 'DescriptionError'
    this.problems = problems
  }
}
