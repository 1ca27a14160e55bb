import type {Directives} from 'mdast-util-directive'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {CodeBreakdown} from '../core/code/index.js'
import type {Breakdown} from '../core/index.js'
import {isModelCode} from './code-content.js'
import type {CodeQuizVerdict} from './code-quiz-verdict.js'
import {solveCodeBlock} from './code-solution.js'
import {explorerName} from './directive-names.js'
import type {FileContext} from './file-context.js'
import {createFileContext} from './file-context.js'
import type {Settings} from './options.js'
import type {QuizVerdict} from './quiz-verdict.js'
import {resolveNetwork} from './resolve-network.js'
import {readVary} from './vary-attribute.js'

/** What the build worked out for one directive of a page, for editors to show. */
export interface DirectiveRecord {
  readonly position: Position | undefined
  /** The network it describes, when its attributes describe one that counts. */
  readonly breakdown?: Breakdown | undefined
  /** The model read from Python it holds or names. */
  readonly code?: CodeBreakdown | undefined
  /** A quiz's verdict as its check found it: the right numbers and why, each option's verdict, the key. */
  readonly quiz?: QuizVerdict | undefined
  /** A quiz on a model read from code: its verdict as its check found it. */
  readonly codeQuiz?: CodeQuizVerdict | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Every rnn directive of the page in document order, as the plugin resolved it. */
    rnnDirectives: DirectiveRecord[]
  }
}

/** What an expansion resolved, when it got that far. */
export type Resolved = Pick<DirectiveRecord, 'breakdown' | 'code' | 'quiz' | 'codeQuiz'>

/**
 * The network of a directive whose expansion stopped before resolving it
 * (a wrong quiz key, a bad `show`): resolved against a copy of the models,
 * so that it defines none and reports nothing.
 */
function resolveAgain(node: Directives, context: FileContext, settings: Settings): Resolved {
  const code =
    node.type === 'containerDirective'
      ? node.children.find((child) => child.type === 'code' && isModelCode(child))
      : undefined
  const models = new Map(context.models)
  if (code?.type === 'code') {
    const solved = solveCodeBlock(node, code, [], [], {...createFileContext(), models}, settings)
    return {code: solved.ok ? solved.breakdown : undefined}
  }
  const named = node.attributes?.model ? models.get(node.attributes.model)?.code : undefined
  if (named) return {code: named}
  // An explorer's `vary` is its own, not the network's.
  const described = node.name === explorerName ? readVary(node).node : node
  const network = resolveNetwork(described, models, settings)
  return {breakdown: network.ok ? network.breakdown : undefined}
}

/** Leave what a directive resolved to on its file, for the language server (one run of the build). */
export function recordDirective(
  file: VFile,
  node: Directives,
  resolved: Resolved | undefined,
  context: FileContext,
  settings: Settings
): undefined {
  const found = resolved ?? resolveAgain(node, context, settings)
  ;(file.data.rnnDirectives ??= []).push({position: node.position, ...found})
}
