import type {Element, Properties} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Nodes} from 'mdast'
import type {InlineMath, Math} from 'mdast-util-math'
import type {Handler, State} from 'mdast-util-to-hast'
import {toHast} from 'mdast-util-to-hast'
import type {RnnBlock, RnnHtml} from '../render/index.js'
import type {PandocMath} from './pandoc-batch.js'

// What Pandoc's HTML outputs get besides the native blocks: a diagram's SVG
// and a quiz's self-check form as raw HTML (which every other output leaves
// out), and a solution's `<div>` (folded: `<details>`) tags around its native
// content, so the page's script and stylesheet find it as on a remark site.
// Math inside a form is written as Pandoc writes it, in a `span.math` that
// the page's MathJax or KaTeX typesets.

/** A math node as Pandoc's HTML writer has it: MathJax wants its delimiters, KaTeX (and plain) the bare TeX. */
function pandocMath(math: PandocMath, display: boolean): Handler {
  return (_state: State, node: InlineMath | Math): Element => {
    const [open, close] =
      math === 'mathjax' ? (display ? ['\\[', '\\]'] : ['\\(', '\\)']) : ['', '']
    return {
      type: 'element',
      tagName: 'span',
      properties: {className: ['math', display ? 'display' : 'inline']},
      children: [{type: 'text', value: open + node.value + close}]
    }
  }
}

/** Whether a block exists only as HTML: a diagram, or a quiz's self-check form. */
export function isRawHtml(node: RnnBlock | RnnHtml): boolean {
  return node.type === 'rnnHtml' ? node.diagram !== undefined : node.data?.hName === 'form'
}

/** An rnn block as HTML, math as Pandoc writes it. */
export function rawHtml(node: RnnBlock | RnnHtml, math: PandocMath): string {
  const hast = toHast(node as Nodes, {
    handlers: {inlineMath: pandocMath(math, false), math: pandocMath(math, true)}
  })
  return toHtml(hast)
}

const folded = (node: RnnBlock) => node.data?.hName === 'details'

/**
 * The opening tag of a solution (a folded one with its summary line, its
 * first child); undefined for any other block. An unfolded one's tag is
 * written from its element alone: a page has a solution per directive, and
 * converting each through mdast-util-to-hast cost more than its table.
 */
export function solutionOpening(node: RnnBlock, math: PandocMath): string | undefined {
  const className = node.data?.hProperties?.className
  if (!(Array.isArray(className) && className.includes('rnn-solution'))) return undefined
  const closing = /<\/\w+>$/
  if (folded(node))
    return rawHtml({...node, children: node.children.slice(0, 1)}, math).replace(closing, '')
  // A solution always names its element and its class (render/solution.ts).
  const {hName, hProperties} = node.data as {hName: string; hProperties: Properties}
  const element: Element = {type: 'element', tagName: hName, properties: hProperties, children: []}
  return toHtml(element).replace(closing, '')
}

/** The closing tag of a solution. */
export function solutionClose(node: RnnBlock): string {
  return folded(node) ? '</details>' : '</div>'
}
