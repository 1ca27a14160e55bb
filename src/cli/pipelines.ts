import rehypeDocument from 'rehype-document'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {Root} from 'hast'
import type {VFile} from 'vfile'
import type {Options} from '../plugin/options.js'
import {katexStylesheet, previewStylesheet} from './katex-stylesheet.js'
import {pageProcessor} from './page-parser.js'

/** KaTeX as a course site runs it: author math that does not compile shows in red, not a crash. */
export const rehypeKatexEntry = [rehypeKatex, {throwOnError: false, trust: false}] as const

/** Wrap rendered HTML in a standalone page with KaTeX's stylesheet inlined. */
export function standalonePage(title: string) {
  return [rehypeDocument, {title, style: katexStylesheet() + previewStylesheet}] as const
}

/** The Markdown side every command shares (see page-parser.ts). */
function markdownProcessor(options: Options) {
  return pageProcessor(options, false)
}

/** Markdown → a standalone HTML page. */
export async function markdownToPage(file: VFile, options: Options): Promise<VFile> {
  return markdownProcessor(options)
    .use(remarkRehype)
    .use(...rehypeKatexEntry)
    .use(...standalonePage(file.stem ?? 'remark-rnn'))
    .use(rehypeStringify)
    .process(file)
}

/** A hast tree (from MDX) → the same standalone page as Markdown gets. */
export async function pageFromHast(tree: Root, title: string): Promise<string> {
  const processor = unified().use(...standalonePage(title)).use(rehypeStringify)
  return processor.stringify(await processor.run(tree))
}

/** Markdown → Markdown with every directive expanded (tables and math as GFM and `$$`). */
export async function markdownToMarkdown(file: VFile, options: Options): Promise<VFile> {
  return markdownProcessor(options).use(remarkStringify).process(file)
}
