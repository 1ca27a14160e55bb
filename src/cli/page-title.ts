import type {Element, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'

/** The first element named `tagName`, depth first. */
function first(nodes: readonly RootContent[], tagName: string): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (node.tagName === tagName) return node
    const found = first(node.children, tagName)
    if (found) return found
  }

  return undefined
}

/**
 * Title a rendered page after its first `#` heading, as a reader (and a
 * browser tab, a bookmark) knows it, not after its file name; a page
 * without one keeps the file name rehype-document gave it.
 */
export function rehypePageTitle() {
  return (tree: Root) => {
    const heading = first(tree.children, 'h1')
    const text = heading ? toText(heading).trim() : ''
    // rehype-document, just before, wrote the title element.
    const title = first(tree.children, 'title') as Element
    if (text !== '') title.children = [{type: 'text', value: text}]
  }
}
