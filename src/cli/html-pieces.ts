import type {Element, Root, RootContent} from 'hast'
import type {Options} from 'hast-util-to-html'
import {toHtml} from 'hast-util-to-html'
import type {} from 'mdast-util-to-hast'

/** How the preview writes its HTML: KaTeX's markup (`raw` nodes) as it is. */
export const pageHtmlOptions: Options = {allowDangerousHtml: true}

/** Stands for the page's content while the document around it is written; a comment no text or attribute can spell unescaped. */
const contentMark = '<!--remark-rnn: page content-->'

/** The page's `<main>`: the document's first (rehypeMain puts the whole content in it). */
function mainElement(nodes: readonly RootContent[]): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    const main = node.tagName === 'main' ? node : mainElement(node.children)
    if (main) return main
  }
  return undefined
}

/**
 * A page's HTML in pieces, each written as soon as it is made: the document
 * up to `<main>`, then each child of `<main>`, then the rest; joined, exactly
 * what rehype-stringify writes with `pageHtmlOptions`. A page of a thousand
 * all-view solutions is 145 million characters of HTML; as one string,
 * stringifying copies it once per level of the tree (over a gigabyte of
 * strings before the write) and the write makes one more copy.
 */
export function* htmlPieces(tree: Root): Generator<string, undefined, undefined> {
  const main = mainElement(tree.children)
  if (!main) {
    yield toHtml(tree, pageHtmlOptions)
    return
  }

  const content = main.children
  main.children = [{type: 'raw', value: contentMark}]
  const document = toHtml(tree, pageHtmlOptions)
  main.children = content
  const at = document.indexOf(contentMark)
  yield document.slice(0, at)
  // Each child alone, as within `<main>`: the preview omits no optional tag, so no child's HTML depends on its neighbours.
  for (const child of content) yield toHtml(child, pageHtmlOptions)
  yield document.slice(at + contentMark.length)
}
