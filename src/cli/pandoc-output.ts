import type {Paragraph, Root, RootContent} from 'mdast'
import remarkStringify from 'remark-stringify'
import type {Processor} from 'unified'
import {visitParents} from 'unist-util-visit-parents'
import type {Options} from '../directives/options.js'
import {pageReader} from './page-parser.js'
import type {PandocMath} from './pandoc-batch.js'
import {pandocHtmlBlocks, rawHtmlBlock} from './pandoc-html.js'
import type {PandocPage} from './pandoc-page.js'

// The expanded page as the Markdown Pandoc reads back natively: each
// directive's expansion in a div (`::: {#rnn-result-N}`) or span
// (`[68]{#rnn-result-N}`) named after its index in the batch, so the filter
// puts each where its directive stood. Tables are pipe tables, math `$…$`
// and `$$…$$`, code fenced; HTML outputs get raw HTML blocks besides.

/** The reading and expanding pipeline every command shares, with Markdown out, and the HTML parts for HTML outputs. */
export function pandocProcessor(options: Options, html: boolean, math: PandocMath) {
  const processor = pageReader(options, false).use(remarkStringify)
  if (!html) return processor
  // Added after remark-rnn's serialisers, so its rnn block handler is the one used.
  return processor.use(function (this: Processor) {
    ;(this.data().toMarkdownExtensions ??= []).push(pandocHtmlBlocks(math))
  })
}

/**
 * Markdown written back as the author wrote it is for pages with problems,
 * which Pandoc never gets (the render fails): with warnings only, every
 * directive shows its expansion.
 */
function expansionsOnly(tree: Root): void {
  visitParents(tree, (node) => {
    if (node.data && 'rnnSource' in node.data) delete node.data.rnnSource
  })
  visitParents(tree, 'rnnSource', (node, ancestors) => {
    const parent = ancestors.at(-1) as {children: RootContent[]}
    parent.children = parent.children.filter((child) => child !== node)
  })
}

/** The `#rnn-result-N` block or span of one expansion. */
function result(
  index: number,
  node: RootContent | undefined,
  write: (tree: Root) => string
): string {
  if (node?.type === 'paragraph') {
    const text = write({type: 'root', children: [node as Paragraph]}).trim()
    return `[${text}]{#rnn-result-${index}}`
  }

  const children = node?.type === 'rnnBlock' ? (node.children as RootContent[]) : []
  const content = children.length > 0 ? write({type: 'root', children}).trim() + '\n\n' : ''
  return `::::::: {#rnn-result-${index}}\n${content}:::::::`
}

/**
 * Every directive's expansion, in batch order, and the self-check script
 * (in a div `#rnn-self-check`) when an HTML page has quizzes.
 */
export function pandocResults(
  tree: Root,
  page: PandocPage,
  write: (tree: Root) => string,
  script: string | undefined
): string {
  expansionsOnly(tree)
  const byLine = new Map(tree.children.map((node) => [node.position?.start.line, node]))
  const results = page.placed.map((placed) => result(placed.index, byLine.get(placed.start), write))
  if (script !== undefined)
    results.push(`::: {#rnn-self-check}\n${rawHtmlBlock(`<script>${script}</script>`)}\n:::`)
  return results.join('\n\n') + '\n'
}
