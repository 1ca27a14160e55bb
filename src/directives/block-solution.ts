import type {Breakdown} from '../core/index.js'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {renderSolution} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {FileContext} from './file-context.js'
import {diagramIdFor} from './file-context.js'
import {leavesNumbers, noteBrokenModel} from './models.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'

/** A worked solution ready to follow the author's content, or the problems that keep the directive as written. */
export type BlockSolution =
  | {
      readonly ok: true
      readonly breakdown: Breakdown
      /** The generated parts, presented as the `solutions` option says (none when hidden). */
      readonly solution: RnnBlock[]
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
    }
  | {readonly ok: false; readonly problems: readonly Problem[]}

/** `ask`, `answer`, `type` or `remember` on an `rnn` directive: the author meant a quiz. */
export function quizAttributeProblems(node: DirectiveLike, quizSpelling: string): Problem[] {
  return (['ask', 'answer', 'type', 'remember'] as const)
    .filter((name) => node.attributes?.[name] !== undefined && node.attributes[name] !== null)
    .map((name) => ({
      ruleId: 'unknown-attribute' as const,
      at: {attribute: name, part: 'name' as const},
      reason: `\`${name}\` belongs to quizzes: write \`${quizSpelling}\` to ask a question.`,
      node
    }))
}

/**
 * The solution of an `rnn` directive: its network counted by the core (with
 * the model it names) and rendered as `parts`. `problems` are those the
 * syntax adapter already found; `quizSpelling` is how a quiz is written in
 * that syntax, for the message when `ask` or `answer` stands on an `rnn`.
 */
export function solveBlock(
  node: DirectiveLike,
  problems: readonly Problem[],
  parts: readonly SolutionPart[],
  quizSpelling: string,
  context: FileContext,
  settings: Settings
): BlockSolution {
  const found = [...problems, ...quizAttributeProblems(node, quizSpelling)]
  // Every problem is reported at once: a directive already kept as written is still
  // counted; it defines its model only where its problems leave the numbers known.
  const known = found.every(leavesNumbers)
  const network = resolveNetwork(node, known ? context.models : new Map(context.models), settings)
  // Unless it defined its model, its `id` names a model with errors.
  noteBrokenModel(node, context.models)
  if (!network.ok) return {ok: false, problems: [...found, ...network.problems]}
  if (found.length > 0) return {ok: false, problems: found}
  const solution = renderSolution(network.breakdown, {
    ...settings,
    parts,
    diagram: diagramIdFor(parts, context)
  })
  return {ok: true, breakdown: network.breakdown, solution, classes: network.attributes.classes}
}
