import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import type {RnnBlock} from '../render/index.js'
import {renderSolution, rnnBlock} from '../render/index.js'
import {diagramIdFor} from './diagram-ids.js'
import {checkBlockDirective} from './directive-checks.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import {blockProblem} from './problem-node.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'

/** What a block directive becomes, and the problems that kept it as written. */
export interface Expansion<T> {
  readonly replacement: T
  readonly problems: readonly Problem[]
}

/**
 * The author's content: a container's children in the same array, so that
 * directives inside it that were already collected are still replaced in
 * place; a leaf's label as a paragraph.
 */
function authorContent(node: ContainerDirective | LeafDirective): RnnBlock['children'] {
  if (node.type === 'containerDirective') return node.children
  return node.children.length > 0 ? [{type: 'paragraph', children: node.children}] : []
}

/**
 * Expand `::rnn{…}` or `:::rnn{…}` … `:::` into the author's content followed
 * by the generated solution, or keep it visible with its problems.
 */
export function expandBlock(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  nested: boolean,
  models: ModelRegistry,
  settings: Settings
): Expansion<RnnBlock> {
  const {problems, parts} = checkBlockDirective(file, node, nested, settings)
  for (const name of ['ask', 'answer'] as const) {
    if (node.attributes?.[name] !== undefined && node.attributes[name] !== null) {
      problems.push({
        ruleId: 'unknown-attribute',
        reason: `\`${name}\` belongs to quizzes: write \`${node.type === 'containerDirective' ? ':::' : '::'}rnn-quiz\` to ask a question.`,
        node
      })
    }
  }

  if (problems.length > 0) return {replacement: blockProblem(file, node, problems), problems}

  const network = resolveNetwork(node, models, settings)
  if (!network.ok) {
    return {replacement: blockProblem(file, node, network.problems), problems: network.problems}
  }

  const solution = renderSolution(network.breakdown, {...settings, parts, diagram: diagramIdFor(parts, settings)})
  const children = authorContent(node)
  children.push(...solution)
  const replacement = rnnBlock('div', ['rnn', ...network.attributes.classes], children, {
    dataRnnTotal: String(network.breakdown.total)
  })
  if (node.position) replacement.position = node.position
  return {replacement, problems: []}
}
