import type {BlockContent, PhrasingContent} from 'mdast'
import type {Breakdown, MistakeKind, OptionVerdict} from '../core/index.js'
import type {NumberFormat, SolutionStrings} from '../render/index.js'

/** The learning-management formats `remark-rnn export` writes. */
export const exportFormats = ['moodle', 'gift', 'qti', 'qti-template', 'canvas'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** What every exported variant has: its drawn sizes, its network, what it asks and its question. */
interface ExportVariantBase {
  readonly sizes: Readonly<Record<string, string>>
  readonly breakdown: Breakdown
  readonly ask: readonly string[]
  readonly question: readonly BlockContent[]
}

/** A checked multiple-choice variant, as the plugin records it on `file.data.rnnQuizzes`. */
export interface ExportChoiceVariant extends ExportVariantBase {
  readonly type: 'choice'
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  readonly verdicts: readonly OptionVerdict[]
}

/** A wrong answer of a number question: the numbers a typical mistake gives, and what it is. */
export interface ExportNumberMistake {
  /** One number per asked quantity, in `ask` order. */
  readonly values: readonly number[]
  /** Every typical mistake that gives exactly these numbers, most common first. */
  readonly mistakes: readonly MistakeKind[]
  /** The most common one in the page's language: `the recurrent bias forgotten`. */
  readonly explanation: string
}

/** A checked number question (`type=number`), as the plugin records it. */
export interface ExportNumberVariant extends ExportVariantBase {
  readonly type: 'number'
  /** The right number of each asked quantity, in `ask` order. */
  readonly key: readonly number[]
  /** The distinct wrong answers typical mistakes give, most common first. */
  readonly mistakes: readonly ExportNumberMistake[]
}

/** One checked variant of a quiz: `type` tells a choice quiz from a number question. */
export type ExportVariant = ExportChoiceVariant | ExportNumberVariant

/** A quiz of a page with its variants (the page's own first). */
export interface ExportQuiz {
  readonly page: string
  readonly heading?: string | undefined
  readonly variants: readonly ExportVariant[]
}

/** A file to write: a path and its text or bytes. */
export interface ExportFile {
  readonly path: string
  readonly content: string | Uint8Array
}

export interface ExportSettings {
  readonly format: ExportFormat
  /** Where the one output file goes. */
  readonly output: string
  readonly strings: SolutionStrings
  readonly numberFormat: NumberFormat
}
