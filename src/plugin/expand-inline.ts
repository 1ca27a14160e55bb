import type {TextDirective} from 'mdast-util-directive'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import type {Resolved} from '../directives/directive-record.js'
import {countQuantity} from '../directives/inline-number.js'
import type {ModelRegistry} from '../directives/models.js'
import type {Settings} from '../directives/options.js'
import type {Problem} from '../directives/report.js'
import {pageProblems} from '../directives/report.js'
import type {RnnInline} from '../render/index.js'
import {duplicateAttributes} from './directive-checks.js'
import type {Expansion} from './expand-block.js'
import {inlineProblem} from './problem-node.js'

/**
 * Expand `:rnn[total]{…}` into the number, formatted for the page; with
 * `:rnn[total=68]{…}` the stated number must equal the count.
 */
export function expandInline(
  file: VFile,
  node: TextDirective,
  models: ModelRegistry,
  settings: Settings
): Expansion<RnnInline> {
  const fail = (problems: readonly Problem[], resolved?: Resolved) => ({
    replacement: inlineProblem(file, node, pageProblems(problems, settings.mode)),
    problems,
    resolved
  })
  const duplicates = duplicateAttributes(node)
  // Counted even with duplicates, so every problem is reported at once (defining no model).
  const number = countQuantity(
    node,
    toString(node),
    duplicates.length > 0 ? new Map(models) : models,
    settings
  )
  if (!number.ok || duplicates.length > 0)
    return fail([...duplicates, ...(number.ok ? [] : number.problems)], number.resolved)

  return {
    replacement: {
      type: 'rnnInline',
      children: [{type: 'text', value: number.text}],
      data: {hName: 'span', hProperties: {className: ['rnn-number', ...number.classes]}},
      ...(node.position ? {position: node.position} : {})
    },
    problems: [],
    resolved: number.resolved
  }
}
