import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import type {Directives} from 'mdast-util-directive'
import {VFile} from 'vfile'
import type {PageText} from '../core/page-text.js'
import {redecodePage} from '../core/page-text.js'
import type {DirectiveRecord} from '../directives/directive-record.js'
import type {Options} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import {reportUnreadablePage} from '../directives/report.js'
import {isMdx, pageReader} from '../pipeline/page-parser.js'
import {parseReportingSyntaxErrors} from '../pipeline/syntax-error.js'
import {collectDirectives} from '../plugin/collect.js'

/** The editor settings (section `remark-rnn`) that are the plugin's options. */
const optionNames = ['framework', 'locale', 'strict', 'seed', 'thousandsSeparator', 'show'] as const

/**
 * The plugin's options from a workspace configuration section: only the
 * known names, so an editor's own keys (`enable`, `trace`) never reach the
 * plugin. Values are checked by the plugin itself (see usableOptions).
 */
export function optionsFromSettings(section: unknown): Options {
  if (typeof section !== 'object' || section === null) return {}
  const given = section as Record<string, unknown>
  const options: Record<string, unknown> = {}
  for (const name of optionNames) {
    if (given[name] !== undefined && given[name] !== null) options[name] = given[name]
  }

  return options as Options
}

type VFileMessage = VFile['messages'][number]

/** What the server knows of one version of a page: the plugin's messages and its directives. */
export interface PageAnalysis {
  readonly messages: readonly VFileMessage[]
  /**
   * The rnn directives in document order, as parsed (before the plugin
   * replaced them). Only the nodes: the page's tree is not kept alive while
   * the next version is parsed.
   */
  readonly directives: readonly Directives[]
  /** What the plugin resolved for each of those directives, in the same order. */
  readonly records: readonly DirectiveRecord[]
  /** The options the page was checked with. */
  readonly options: Options
  /** The page's text, to find a place inside a directive's code block. */
  readonly text: string
}

/** The readers of the options last used: the plugins are attached once, not on every keystroke. */
let readers: {key: string; markdown: Reader; mdx: Reader} | undefined
type Reader = ReturnType<typeof pageReader>

function readerFor(options: Options, mdx: boolean): Reader {
  const key = JSON.stringify(options)
  if (readers?.key !== key) {
    // Counting and checking only: hidden solutions are never built. Never
    // strict: an editor shows every message, and a build stops only after
    // reporting them all too.
    const checking: Options = {...options, solutions: 'hide', strict: false}
    readers = {key, markdown: pageReader(checking, false), mdx: pageReader(checking, true)}
  }

  return mdx ? readers.mdx : readers.markdown
}

/**
 * Check a page the way `remark-rnn check` does (page-parser.ts: GFM, math,
 * directives, MDX for `.mdx`), keeping the directives for hover and
 * completion. A page `check` cannot read (not UTF-8) gets only that error;
 * a page without `rnn` cannot hold a directive and is not parsed.
 */
export function analysePage(text: string, path: string, options: Options): PageAnalysis {
  const file = new VFile({value: text, path})
  const unreadable = unreadablePage(text, path)
  if (unreadable) {
    reportUnreadablePage(file, unreadable)
    return {messages: file.messages, directives: [], records: [], options, text}
  }

  if (!/rnn/i.test(text)) return {messages: [], directives: [], records: [], options, text}
  const reader = readerFor(options, isMdx(file.extname))
  const tree: Root = parseReportingSyntaxErrors(file, () => reader.parse(file))
  const directives = collectDirectives(tree).directives.map((found) => found.node)
  reader.runSync(tree, file)
  return {
    messages: file.messages,
    directives,
    records: file.data.rnnDirectives ?? [],
    options,
    text
  }
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

type Unreadable = Exclude<PageText, {readonly text: string}>

/** The page's bytes on disk, or (an unsaved page) its text as UTF-8. */
function pageBytes(path: string, text: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch {
    return new TextEncoder().encode(text)
  }
}

/**
 * Why the page the editor sent cannot be read, if it cannot: an editor that
 * opened a Latin-1 page as UTF-8 sends replacement characters, one that
 * opened UTF-16 without its byte order mark sends NULs. Only then is the
 * file read again and decoded as the commands decode it (core/page-text.ts),
 * so a page `check` refuses is refused here too, at the same place.
 */
export function unreadablePage(text: string, path: string): Unreadable | undefined {
  const page = redecodePage(text, () => pageBytes(path, text))
  return 'problem' in page ? page : undefined
}
