import explorerScript from 'remark-rnn:explorer'
import selfCheckScript from 'remark-rnn:self-check'
import type {ElementContent, Root} from 'hast'
import rehypeDocument from 'rehype-document'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import type {VFile} from 'vfile'
import type {Options} from '../directives/options.js'
import {authorHandlers} from '../export/author-html.js'
import {isMdx, pageReader} from '../pipeline/page-parser.js'
import {remarkDiagramFiles} from './diagram-files.js'
import {rehypeHighlightPython} from './highlight-python.js'
import {pageHtmlOptions} from './html-pieces.js'
import {rehypeKatexHtml} from './katex-html.js'
import {katexStylesheet, previewStylesheet} from './katex-stylesheet.js'
import {remarkMdxLiterals} from './mdx-literals.js'
import {mdxPreviewHandlers, remarkMdxPreview} from './mdx-preview.js'
import {remarkNestingLimit} from './nesting-limit.js'
import {rehypePageTitle} from './page-title.js'

/** The Markdown side every command shares: the one parser setup of page-parser.ts (MDX for `.mdx`), then expand. */
function markdownProcessor(options: Options, mdx: boolean) {
  return pageReader(options, mdx)
}

/** Put the page's content in a `<main>` landmark, so assistive technology can jump to it. */
function rehypeMain() {
  return (tree: Root) => {
    tree.children = [
      {
        type: 'element',
        tagName: 'main',
        properties: {},
        children: tree.children as ElementContent[]
      }
    ]
  }
}

/**
 * Code blocks scroll sideways on narrow screens (the stylesheet), so each
 * takes focus, as site themes' highlighters do, for a keyboard to scroll it.
 */
function rehypeFocusableCode() {
  const visit = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (node.tagName === 'pre') node.properties.tabIndex = 0
      visit(node.children)
    }
  }
  return (tree: Root) => visit(tree.children as ElementContent[])
}

/** A page with quizzes carries the self-check script inline, so it works on its own anywhere it is copied. */
function rehypeSelfCheck() {
  return (tree: Root, file: VFile) => {
    if ((file.data.rnnQuizzes ?? []).length === 0) return
    tree.children.push({
      type: 'element',
      tagName: 'script',
      properties: {},
      children: [{type: 'text', value: selfCheckScript}]
    })
  }
}

/** Whether a page's tree holds an explorer (its configuration is on its element). */
function hasExplorer(nodes: readonly ElementContent[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'element' &&
      (node.properties.dataRnnExplorer !== undefined || hasExplorer(node.children))
  )
}

/** A page with explorers carries the explorer script inline, as one with quizzes the self-check. */
function rehypeExplorer() {
  return (tree: Root) => {
    if (!hasExplorer(tree.children as ElementContent[])) return
    tree.children.push({
      type: 'element',
      tagName: 'script',
      properties: {},
      children: [{type: 'text', value: explorerScript}]
    })
  }
}

/**
 * Markdown or MDX → a standalone HTML page (content in `<main>`, in the
 * page's language) with KaTeX's stylesheet inlined, and the self-check script
 * when it has quizzes (the explorer script when it has explorers). Author math that does not
 * compile shows in red, as on a course site; MDX is previewed without running
 * it (see mdx-preview.ts), expressions over its literal exports shown as text
 * (mdx-literals.ts). The author's HTML, links and images are sanitised as
 * they become HTML (export/author-html.ts).
 */
export function pageProcessor(file: VFile, options: Options) {
  return markdownProcessor(options, isMdx(file.extname))
    .use(remarkNestingLimit)
    .use(remarkMdxLiterals)
    .use(remarkMdxPreview)
    .use(remarkRehype, {handlers: {...authorHandlers, ...mdxPreviewHandlers}})
    .use(rehypeKatexHtml)
    .use(rehypeMain)
    .use(rehypeFocusableCode)
    .use(rehypeHighlightPython)
    .use(rehypeSelfCheck)
    .use(rehypeExplorer)
    .use(rehypeDocument, {
      title: file.stem ?? 'remark-rnn',
      language: options.locale?.split('-')[0] ?? 'en',
      style: katexStylesheet() + previewStylesheet
    })
    .use(rehypePageTitle)
    .use(rehypeStringify, pageHtmlOptions)
}

/**
 * Markdown → Markdown with every directive expanded (tables and math as GFM
 * and `$$`); each diagram becomes an image of an SVG file named after
 * `target`, the files left in `file.data.rnnDiagramFiles`.
 */
export function markdownProcessorToMarkdown(options: Options, target = 'page.md') {
  return markdownProcessor(options, false)
    .use(remarkNestingLimit)
    .use(remarkDiagramFiles, {target})
    .use(remarkStringify)
}
