import type {BlockContent} from 'mdast'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {presentSolution, quizOptionList, quizSolutionContent} from '../render/index.js'
import {diagramIdFor} from './diagram-ids.js'
import type {FileContext} from './file-context.js'
import type {Settings} from './options.js'
import type {QuizNode, QuizVariant} from './quiz-variants.js'
import {drawQuizVariants} from './quiz-variants.js'
import type {Problem} from './report.js'

/** A quiz ready to show, or the problems that keep it as written. */
export type QuizBuild =
  | {
      readonly ok: true
      /** The shown variant's question, lettered options, and answer as the `solutions` option says. */
      readonly content: Array<BlockContent | RnnBlock>
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
      /** Every variant drawn, the shown one first: one for a quiz without ranges. */
      readonly variants: readonly QuizVariant[]
    }
  | {readonly ok: false; readonly problems: Problem[]}

/**
 * Build a quiz from its attributes (`ask`, `answer`, the network, ranges)
 * and its content (question, option list): its variants are drawn (one
 * without ranges), each key checked against the counting core, options
 * generated when none are listed. Syntax-neutral: `node.children` is the
 * quiz's content in either syntax, without the opening line.
 */
export function buildQuiz(
  node: QuizNode,
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
): QuizBuild {
  const drawn = drawQuizVariants({node, models: context.models, settings})
  if (!drawn.ok) return drawn
  const shown = drawn.variants[0] as QuizVariant
  const {breakdown, attributes, ask, verdicts} = shown
  const solution =
    settings.mode === 'hide'
      ? []
      : quizSolutionContent(breakdown, ask, verdicts, {
          ...settings,
          parts,
          diagram: diagramIdFor(parts, context)
        })
  return {
    ok: true,
    content: [
      ...shown.question,
      quizOptionList(
        shown.options.map((first, index) => ({first, rest: shown.optionRest[index] ?? []}))
      ),
      ...presentSolution(solution, settings.strings.quizSummary, settings.mode)
    ],
    classes: attributes.classes,
    variants: drawn.variants
  }
}
