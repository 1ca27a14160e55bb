import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {isMdx, pageReader} from '../cli/page-parser.js'
import {parseReportingSyntaxErrors} from '../cli/syntax-error.js'
import type {Options} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import type {Found} from '../plugin/collect.js'
import {collectDirectives} from '../plugin/collect.js'

type VFileMessage = VFile['messages'][number]

/** What the server knows of one version of a page: the plugin's messages and its directives. */
export interface PageAnalysis {
  readonly messages: readonly VFileMessage[]
  /** The rnn directives in document order, as parsed (before the plugin replaced them). */
  readonly directives: readonly Found[]
  /** The options the page was checked with. */
  readonly options: Options
}

/** One reader per kind of page and set of options: attaching the plugins once, not on every keystroke. */
const readers = new Map<string, ReturnType<typeof pageReader>>()

function readerFor(options: Options, mdx: boolean) {
  const key = `${mdx}\u0000${JSON.stringify(options)}`
  let reader = readers.get(key)
  if (!reader) {
    // Counting and checking only: hidden solutions are never built.
    reader = pageReader({...options, solutions: 'hide'}, mdx)
    if (readers.size > 16) readers.clear()
    readers.set(key, reader)
  }

  return reader
}

/** Whether a thrown value is a message already on the file (strict mode throws the first problem). */
function isMessageOf(file: VFile, error: unknown): boolean {
  return file.messages.includes(error as VFileMessage)
}

/**
 * Check a page the way `remark-rnn check` does (page-parser.ts: GFM, math,
 * directives, MDX for `.mdx`), keeping the directives for hover and
 * completion. A page without `rnn` cannot hold a directive and is not parsed.
 */
export function analysePage(text: string, path: string, options: Options): PageAnalysis {
  const file = new VFile({value: text, path})
  if (!/rnn/i.test(text)) return {messages: [], directives: [], options}
  const reader = readerFor(options, isMdx(file.extname))
  const tree: Root = parseReportingSyntaxErrors(file, () => reader.parse(file))
  const {directives} = collectDirectives(tree)
  try {
    reader.runSync(tree, file)
  } catch (error) {
    if (!isMessageOf(file, error)) throw error
  }

  return {messages: file.messages, directives, options}
}

/**
 * Options as the editor's settings give them, or the defaults when they are
 * not valid plugin options (the reason is returned so the server can say it).
 */
export function usableOptions(given: Options): {options: Options; problem?: string} {
  try {
    resolveOptions(given)
    return {options: given}
  } catch (error) {
    return {options: {}, problem: (error as Error).message}
  }
}
