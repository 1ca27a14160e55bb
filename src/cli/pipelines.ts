import rehypeDocument from 'rehype-document'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import remarkRnn from '../plugin/remark-rnn.js'
import type {Options} from '../plugin/options.js'
import {katexStylesheet, previewStylesheet} from './katex-stylesheet.js'
import {mdxPreviewHandlers, remarkMdxPreview} from './mdx-preview.js'

/** The Markdown side every command shares: parse (as MDX for `.mdx`) with directives, tables and math, then expand. */
function markdownProcessor(options: Options, mdx: boolean) {
  const parser = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse)
  return parser.use(remarkDirective).use(remarkGfm).use(remarkMath).use(remarkRnn, options)
}

/**
 * Markdown or MDX → a standalone HTML page with KaTeX's stylesheet inlined.
 * Author math that does not compile shows in red, as on a course site; MDX is
 * previewed without running it (see mdx-preview.ts).
 */
export function pageProcessor(file: VFile, options: Options) {
  return markdownProcessor(options, file.extname === '.mdx')
    .use(remarkMdxPreview)
    .use(remarkRehype, {handlers: mdxPreviewHandlers})
    .use(rehypeKatex, {throwOnError: false, trust: false})
    .use(rehypeDocument, {title: file.stem ?? 'remark-rnn', style: katexStylesheet() + previewStylesheet})
    .use(rehypeStringify)
}

/** Markdown → Markdown with every directive expanded (tables and math as GFM and `$$`). */
export function markdownProcessorToMarkdown(options: Options) {
  return markdownProcessor(options, false).use(remarkStringify)
}
