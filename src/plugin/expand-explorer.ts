import {solveExplorer} from '../directives/explorer-block.js'
import type {RnnBlock} from '../render/index.js'
import {rnnBlock} from '../render/index.js'
import {checkBlockDirective} from './directive-checks.js'
import type {BlockAt, Expansion} from './expand-block.js'
import {authorContent} from './expand-block.js'
import {blockProblem} from './problem-node.js'

/**
 * Expand `:::rnn-explorer{…}` into the author's content, the worked
 * solution at the author's sizes and the controls the explorer script
 * reveals (its configuration in `data-rnn-explorer`), or keep it visible
 * with its problems.
 */
export function expandExplorer({
  file,
  node,
  nested,
  context,
  settings
}: BlockAt): Expansion<RnnBlock> {
  const checks = checkBlockDirective(file, node, nested, settings)
  const quizSpelling = `${node.type === 'containerDirective' ? ':::' : '::'}rnn-quiz`
  const solved = solveExplorer(node, checks.problems, quizSpelling, context, settings)
  if (!solved.ok)
    return {replacement: blockProblem(file, node, solved.problems), problems: solved.problems}

  const children = authorContent(node)
  children.push(...solved.content)
  // A student build carries no count, nor the network's script configuration.
  const data: Record<string, string> = solved.config
    ? {dataRnnTotal: String(solved.breakdown.total), dataRnnExplorer: JSON.stringify(solved.config)}
    : {}
  const replacement = rnnBlock('div', ['rnn', 'rnn-explorer', ...solved.classes], children, data)
  if (node.position) replacement.position = node.position
  return {replacement, problems: [], resolved: {breakdown: solved.breakdown}}
}
