import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import type {RnnBlock} from '../render/index.js'
import {renderSolution} from '../render/index.js'
import {hasClosingFence} from './directive-source.js'
import {duplicateAttributes} from './duplicate-attributes.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import {blockProblem} from './problem-node.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import {readShow} from './show-attribute.js'

/** What a block directive becomes, and the problems that kept it as written. */
export interface Expansion<T> {
  readonly replacement: T
  readonly problems: readonly Problem[]
}

/** Problems that concern the directive's shape rather than its network. */
export function structuralProblems(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  nested: boolean
): Problem[] {
  const problems: Problem[] = []
  if (nested) {
    problems.push({
      ruleId: 'nested-directive',
      reason: `An \`${node.name}\` directive cannot stand inside another one; close the outer directive first.`,
      node
    })
  }

  problems.push(...duplicateAttributes(file, node))

  if (node.type === 'containerDirective' && !hasClosingFence(file, node)) {
    problems.push({
      ruleId: 'missing-closing-fence',
      reason: `This \`:::${node.name}\` container has no closing \`:::\` line, so it would take in the rest of the page; add one after its content.`,
      node
    })
  }

  return problems
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
  const problems = structuralProblems(file, node, nested)
  for (const name of ['ask', 'answer'] as const) {
    if (node.attributes?.[name] !== undefined && node.attributes[name] !== null) {
      problems.push({
        ruleId: 'unknown-attribute',
        reason: `\`${name}\` belongs to quizzes: write \`${node.type === 'containerDirective' ? ':::' : '::'}rnn-quiz\` to ask a question.`,
        node
      })
    }
  }

  const show = readShow(node.attributes?.show ?? undefined, settings.parts)
  if (!show.ok) {
    problems.push({ruleId: 'invalid-show', reason: show.reason, node, expected: show.suggestion ? [show.suggestion] : undefined})
  }

  if (problems.length > 0 || !show.ok) return {replacement: blockProblem(file, node, problems), problems}

  const network = resolveNetwork(node, models, settings)
  if (!network.ok) {
    return {replacement: blockProblem(file, node, network.problems), problems: network.problems}
  }

  const solution = renderSolution(network.breakdown, {...settings, parts: show.parts})
  const children = authorContent(node)
  children.push(...solution)
  const replacement: RnnBlock = {
    type: 'rnnBlock',
    children,
    data: {
      hName: 'div',
      hProperties: {className: ['rnn', ...network.attributes.classes], dataRnnTotal: String(network.breakdown.total)}
    },
    ...(node.position ? {position: node.position} : {})
  }
  return {replacement, problems: []}
}
