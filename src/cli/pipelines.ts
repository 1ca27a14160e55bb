import rehypeDocument from 'rehype-document'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {ElementContent, Root} from 'hast'
import type {VFile} from 'vfile'
import remarkRnn from '../plugin/remark-rnn.js'
import type {Options} from '../directives/options.js'
import {remarkDiagramFiles} from './diagram-files.js'
import {katexStylesheet, previewStylesheet} from './katex-stylesheet.js'

/** The remark plugins every command runs: directives, tables, math, and ours. */
export function remarkPlugins(options: Options) {
  return [remarkDirective, remarkGfm, remarkMath, [remarkRnn, options]] as const
}

/** KaTeX as a course site runs it: author math that does not compile shows in red, not a crash. */
export const rehypeKatexEntry = [rehypeKatex, {throwOnError: false, trust: false}] as const

/** Put the page's content in a `<main>` landmark, so assistive technology can jump to it. */
function rehypeMain() {
  return (tree: Root) => {
    tree.children = [{type: 'element', tagName: 'main', properties: {}, children: tree.children as ElementContent[]}]
  }
}

/** Wrap rendered HTML in a standalone page (in `<main>`, in the page's language) with KaTeX's stylesheet inlined. */
export function standalonePage(title: string, language = 'en') {
  return [
    [rehypeMain],
    [rehypeDocument, {title, language, style: katexStylesheet() + previewStylesheet}]
  ] as const
}

/** The Markdown side every command shares: parse with directives, tables and math, then expand. */
function markdownProcessor(options: Options) {
  return unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkMath).use(remarkRnn, options)
}

/** Markdown → a standalone HTML page. */
export async function markdownToPage(file: VFile, options: Options): Promise<VFile> {
  return markdownProcessor(options)
    .use(remarkRehype)
    .use(...rehypeKatexEntry)
    .use(standalonePage(file.stem ?? 'remark-rnn', options.locale?.split('-')[0]) as never)
    .use(rehypeStringify)
    .process(file)
}

/** A hast tree (from MDX) → the same standalone page as Markdown gets. */
export async function pageFromHast(tree: Root, title: string, language?: string): Promise<string> {
  const processor = unified().use(standalonePage(title, language) as never).use(rehypeStringify)
  return processor.stringify((await processor.run(tree)) as Root)
}

/**
 * Markdown → Markdown with every directive expanded (tables and math as GFM
 * and `$$`); each diagram becomes an image of an SVG file named after
 * `target`, the files left in `file.data.rnnDiagramFiles`.
 */
export async function markdownToMarkdown(file: VFile, options: Options, target = 'page.md'): Promise<VFile> {
  return markdownProcessor(options).use(remarkDiagramFiles, {target}).use(remarkStringify).process(file)
}
