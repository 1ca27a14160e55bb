import type {BlockContent, PhrasingContent} from 'mdast'
import type {CodeBreakdown} from '../core/code/index.js'
import type {CodeNumberMistake} from './code-number-quiz.js'

/** What every checked quiz on a model read from code carries for LMS export. */
interface CodeQuizVariantBase {
  /** No sizes are drawn: a model read from code has one variant. */
  readonly sizes: Readonly<Record<string, string>>
  readonly code: CodeBreakdown
  /** The model's Python as the page writes it, shown with the question. */
  readonly program: string
  readonly ask: readonly string[]
  readonly question: readonly BlockContent[]
  /** How the right numbers come about, in the page's numbers: `total = 1,412`. */
  readonly work: string
}

/** An option of a choice quiz on code: its numbers, whether it is right, and what it tells the student. */
export interface CodeQuizChoice {
  readonly values: readonly number[]
  readonly correct: boolean
  /** The work when right, else the mistake behind it (or what other quantity it is). */
  readonly feedback: string
}

/** A checked choice quiz on a model read from code, as the plugin records it. */
export interface CodeChoiceVariant extends CodeQuizVariantBase {
  readonly type: 'code-choice'
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  readonly choices: readonly CodeQuizChoice[]
}

/** A checked number question on a model read from code, as the plugin records it. */
export interface CodeNumberVariant extends CodeQuizVariantBase {
  readonly type: 'code-number'
  /** One label per entry field: `Total`, `Trainable`, a layer's name. */
  readonly labels: readonly string[]
  readonly key: readonly number[]
  readonly mistakes: readonly CodeNumberMistake[]
}

export type CodeQuizVariant = CodeChoiceVariant | CodeNumberVariant
