import type {Breakdown, ExplorerChoice} from '../core/index.js'
import type {ExplorerConfig, RnnBlock, RnnHtml} from '../render/index.js'
import {renderExplorer} from '../render/index.js'
import {quizAttributeProblems} from './block-solution.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {FileContext} from './file-context.js'
import {noteBrokenModel} from './models.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import {readVary} from './vary-attribute.js'

/** An explorer ready to follow the author's content, or the problems that keep the directive as written. */
export type ExplorerBlock =
  | {
      readonly ok: true
      readonly breakdown: Breakdown
      readonly content: Array<RnnBlock | RnnHtml>
      /** What its script reads; none in a student build. */
      readonly config: ExplorerConfig | undefined
      /** What `vary=…` lets students change besides the sizes. */
      readonly choices: readonly ExplorerChoice[]
      readonly classes: readonly string[]
    }
  | {readonly ok: false; readonly problems: readonly Problem[]}

/**
 * The explorer of an `rnn-explorer` directive: its network counted and
 * checked as an `rnn` directive's is, and rendered with its controls.
 * `problems` are those the syntax adapter already found.
 */
export function solveExplorer(
  node: DirectiveLike,
  problems: readonly Problem[],
  quizSpelling: string,
  context: FileContext,
  settings: Settings
): ExplorerBlock {
  const vary = readVary(node)
  const found = [...problems, ...vary.problems, ...quizAttributeProblems(node, quizSpelling)]
  const network =
    found.length > 0
      ? {ok: false as const, problems: found}
      : resolveNetwork(vary.node, context.models, settings)
  // Unless it defined its model, its `id` names a model with errors.
  noteBrokenModel(node, context.models)
  if (!network.ok) return network
  const explorer = renderExplorer(network.breakdown, {
    mode: settings.mode,
    strings: settings.strings,
    format: settings.format,
    placement: context.nextExplorer(),
    choices: vary.choices
  })
  return {
    ok: true,
    breakdown: network.breakdown,
    ...explorer,
    choices: vary.choices,
    classes: network.attributes.classes
  }
}
