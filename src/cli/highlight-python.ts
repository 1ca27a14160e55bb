import type {Element, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import python from 'highlight.js/lib/languages/python'
import {createLowlight} from 'lowlight'

// Only Python: the generated code is Keras and PyTorch, and a course page's
// own code is too; one grammar keeps the bundled command small.
const lowlight = createLowlight({python})

const isPython = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('language-python')

/** Highlight every Python code block of a rendered page (`hljs-…` classes, coloured by the page's stylesheet). */
export function rehypeHighlightPython() {
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (isPython(node)) {
        node.children = lowlight.highlight('python', toText(node, {whitespace: 'pre'}))
          .children as Element['children']
        node.properties.className = [...(node.properties.className as string[]), 'hljs']
      } else visit(node.children)
    }
  }
  return (tree: Root) => visit(tree.children)
}
