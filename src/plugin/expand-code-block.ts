import type {Code} from 'mdast'
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import {isModelCode} from '../directives/code-content.js'
import {solveCodeBlock} from '../directives/code-solution.js'
import type {RnnBlock} from '../render/index.js'
import {rnnBlock} from '../render/index.js'
import type {BlockChecks} from './directive-checks.js'
import type {BlockAt, Expansion} from './expand-block.js'
import {blockProblem} from './problem-node.js'

/** The fenced Python block a `:::rnn` container holds as its content, if it holds one. */
export function modelCode(node: ContainerDirective | LeafDirective): Code | undefined {
  if (node.type !== 'containerDirective') return undefined
  return node.children.find((child): child is Code => child.type === 'code' && isModelCode(child))
}

/**
 * Expand a `:::rnn` container whose content is a model's Python: the code
 * stays as written and the table and derivation follow it, or the
 * directive is kept as written with the problems placed in the code.
 */
export function expandCodeBlock(
  {file, node, context, settings}: BlockAt,
  code: Code,
  checks: BlockChecks
): Expansion<RnnBlock> {
  const solved = solveCodeBlock(node, code, checks.problems, checks.parts, context, settings)
  if (!solved.ok)
    return {replacement: blockProblem(file, node, solved.problems), problems: solved.problems}
  const children = node.children as RnnBlock['children']
  children.push(...solved.solution)
  const total: Record<string, string> =
    settings.mode === 'hide' ? {} : {dataRnnTotal: String(solved.breakdown.total)}
  const replacement = rnnBlock('div', ['rnn', ...solved.classes], children, total)
  if (node.position) replacement.position = node.position
  return {replacement, problems: [], resolved: {code: solved.breakdown}}
}
