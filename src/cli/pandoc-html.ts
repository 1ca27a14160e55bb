import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Nodes} from 'mdast'
import type {InlineMath, Math} from 'mdast-util-math'
import type {Handler, State} from 'mdast-util-to-hast'
import {toHast} from 'mdast-util-to-hast'
import type {Options} from 'mdast-util-to-markdown'
import {htmlOnly} from '../plugin/to-markdown.js'
import type {RnnBlock} from '../render/index.js'
import type {PandocMath} from './pandoc-batch.js'

// What Pandoc's HTML outputs get besides the native Markdown: a diagram's
// SVG and a quiz's self-check form as raw HTML blocks (which every other
// output leaves out), and a folded solution's `<details>` around native
// content. Math inside a form is written as Pandoc writes it, in a
// `span.math` that the page's MathJax or KaTeX typesets.

/** `value` as a Pandoc Markdown raw HTML block, fenced longer than any backtick run inside. */
export function rawHtmlBlock(value: string): string {
  const longest = Math.max(2, ...[...value.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}{=html}\n${value}\n${fence}`
}

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

/** An rnn block as HTML, math as Pandoc writes it. */
function blockHtml(node: RnnBlock, math: PandocMath): string {
  const hast = toHast(node as Nodes, {
    handlers: {inlineMath: pandocMath(math, false), math: pandocMath(math, true)}
  })
  return toHtml(hast)
}

/** The opening tag of a solution: a folded one with its summary line (its first child). */
function solutionOpening(node: RnnBlock, math: PandocMath): string {
  const folded = node.data?.hName === 'details'
  const shell: RnnBlock = {...node, children: folded ? node.children.slice(0, 1) : []}
  return blockHtml(shell, math).replace(/<\/\w+>$/, '')
}

/** The tag name of a solution's element: `div`, or `details` when folded. */
function solutionTag(node: RnnBlock): string {
  return node.data?.hName === 'details' ? 'details' : 'div'
}

/**
 * The Markdown serialiser's handler of rnn blocks for HTML outputs: a
 * diagram or a form as raw HTML, a solution as its raw `<div>` (folded:
 * `<details>`) tags around its native content, so a page's script and
 * stylesheet find it as on a remark site, any other block as its content
 * (its HTML-only lines left out, as in Markdown).
 */
export function pandocHtmlBlocks(math: PandocMath): Options {
  return {
    handlers: {
      rnnBlock(node: RnnBlock, _, state, info) {
        if (node.data?.rnnDiagram || node.data?.hName === 'form')
          return rawHtmlBlock(blockHtml(node, math))
        const children = node.children.filter(
          (child) => !htmlOnly(child) || (child.type === 'rnnBlock' && child.data?.rnnDiagram)
        )
        const content = state.containerFlow({...node, children}, info)
        const className = node.data?.hProperties?.className
        if (!(Array.isArray(className) && className.includes('rnn-solution'))) return content
        const opening = rawHtmlBlock(solutionOpening(node, math))
        return [opening, content, rawHtmlBlock(`</${solutionTag(node)}>`)].join('\n\n')
      }
    }
  }
}
