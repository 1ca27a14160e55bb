import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import {solveBlock} from '../directives/block-solution.js'
import type {Resolved} from '../directives/directive-record.js'
import type {FileContext} from '../directives/file-context.js'
import type {Settings} from '../directives/options.js'
import type {Problem} from '../directives/report.js'
import {pageProblems} from '../directives/report.js'
import type {RnnBlock} from '../render/index.js'
import {rnnBlock} from '../render/index.js'
import {checkBlockDirective} from './directive-checks.js'
import {expandCodeBlock, modelCode} from './expand-code-block.js'
import {blockProblem} from './problem-node.js'

/** What a block directive becomes, and the problems that kept it as written. */
export interface Expansion<T> {
  readonly replacement: T
  readonly problems: readonly Problem[]
  /** The network or model it resolved, when it got that far (for the language server). */
  readonly resolved?: Resolved | undefined
}

/** A block directive to expand, with its file and what the file's directives share. */
export interface BlockAt {
  readonly file: VFile
  readonly node: ContainerDirective | LeafDirective
  /** Inside the content of another rnn block directive. */
  readonly nested: boolean
  readonly context: FileContext
  readonly settings: Settings
}

/**
 * The author's content: a container's children in the same array, so that
 * directives inside it that were already collected are still replaced in
 * place; a leaf's label as a paragraph.
 */
export function authorContent(node: ContainerDirective | LeafDirective): RnnBlock['children'] {
  if (node.type === 'containerDirective') return node.children
  return node.children.length > 0 ? [{type: 'paragraph', children: node.children}] : []
}

/**
 * Expand `::rnn{…}` or `:::rnn{…}` … `:::` into the author's content followed
 * by the generated solution, or keep it visible with its problems.
 */
export function expandBlock({file, node, nested, context, settings}: BlockAt): Expansion<RnnBlock> {
  const checks = checkBlockDirective(file, node, nested, settings)
  const code = modelCode(node)
  if (code) return expandCodeBlock({file, node, nested, context, settings}, code, checks)
  const quizSpelling = `${node.type === 'containerDirective' ? ':::' : '::'}rnn-quiz`
  const solved = solveBlock(node, checks.problems, checks.parts, quizSpelling, context, settings)
  if (!solved.ok)
    return {
      replacement: blockProblem(file, node, pageProblems(solved.problems, settings.mode)),
      problems: solved.problems
    }

  const children = authorContent(node)
  children.push(...solved.solution)
  // A student build (`hide`) carries no count, not even in an attribute.
  const total: Record<string, string> =
    settings.mode === 'hide' ? {} : {dataRnnTotal: String(solved.breakdown.total)}
  const replacement = rnnBlock('div', ['rnn', ...solved.classes], children, total)
  if (node.position) replacement.position = node.position
  return {replacement, problems: [], resolved: {breakdown: solved.breakdown}}
}
