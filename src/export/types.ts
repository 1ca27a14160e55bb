import type {BlockContent, PhrasingContent} from 'mdast'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import type {NumberFormat, SolutionStrings} from '../render/index.js'

/** The learning-management formats `remark-rnn export` writes. */
export const exportFormats = ['moodle', 'gift', 'qti'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** One checked variant of a quiz, as the plugin records it on `file.data.rnnQuizzes`. */
export interface ExportVariant {
  readonly sizes: Readonly<Record<string, string>>
  readonly breakdown: Breakdown
  readonly ask: readonly string[]
  readonly question: readonly BlockContent[]
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  readonly verdicts: readonly OptionVerdict[]
}

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
