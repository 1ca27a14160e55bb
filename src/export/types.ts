import type {BlockContent, PhrasingContent} from 'mdast'
import type {CodeBreakdown} from '../core/code/index.js'
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

/** What a quiz on a model read from code carries: the model's count and code, and the work in the page's numbers. */
interface ExportCodeVariantBase {
  /** Empty: a model read from code has one variant. */
  readonly sizes: Readonly<Record<string, string>>
  readonly code: CodeBreakdown
  /** The model's Python, shown in the question. */
  readonly program: string
  readonly ask: readonly string[]
  readonly question: readonly BlockContent[]
  /** `total = 1,412`. */
  readonly work: string
}

/** A checked choice quiz on a model read from code, as the plugin records it. */
export interface ExportCodeChoiceVariant extends ExportCodeVariantBase {
  readonly type: 'code-choice'
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  /** Per option: its numbers, whether it is right, and its feedback in the page's language. */
  readonly choices: ReadonlyArray<{
    readonly values: readonly number[]
    readonly correct: boolean
    readonly feedback: string
  }>
}

/** A checked number question on a model read from code, as the plugin records it. */
export interface ExportCodeNumberVariant extends ExportCodeVariantBase {
  readonly type: 'code-number'
  readonly labels: readonly string[]
  readonly key: readonly number[]
  readonly mistakes: ReadonlyArray<{
    readonly values: readonly number[]
    readonly explanation: string
  }>
}

/** One checked variant of a quiz: `type` tells a choice quiz from a number question, on a network described by attributes or on code. */
export type ExportVariant =
  | ExportChoiceVariant
  | ExportNumberVariant
  | ExportCodeChoiceVariant
  | ExportCodeNumberVariant

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
