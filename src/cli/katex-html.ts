import type {Element, ElementContent, Parent, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import katex from 'katex'
import type {} from 'mdast-util-to-hast'
import {SKIP, visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'

type Classes = readonly unknown[]

/** What rehype-katex reads as math: `math-inline`, `math-display`, or ` ```math ` (`language-math`). */
function mathKind(element: Element): {display: boolean; fenced: boolean} | undefined {
  const classes: Classes = Array.isArray(element.properties.className)
    ? element.properties.className
    : []
  const fenced = classes.includes('language-math')
  const display = classes.includes('math-display')
  if (!fenced && !display && !classes.includes('math-inline')) return undefined
  return {display, fenced}
}

/**
 * Math as KaTeX HTML, for the standalone preview: what rehype-katex does,
 * with its message for math KaTeX refuses, but each formula is written as
 * KaTeX's HTML string (a `raw` node) instead of being parsed back into a
 * tree, and each distinct formula is rendered once. A page of a thousand
 * worked solutions holds tens of thousands of formulas, many alike; parsing
 * each into elements cost most of the time and several megabytes per solution.
 */
export function rehypeKatexHtml() {
  return (tree: Root, file: VFile) => {
    const rendered = new Map<string, string>()
    visitParents(tree, 'element', (element, parents) => {
      const kind = mathKind(element)
      if (!kind) return undefined
      // ` ```math ` is a `<pre><code>`: the whole `pre` becomes display math.
      const parent = parents.at(-1)
      const block =
        kind.fenced && element.tagName === 'code' && parent?.type === 'element'
          ? parent.tagName === 'pre'
          : false
      const scope = block ? (parent as Element) : element
      const container = (block ? parents.at(-2) : parent) as Parent
      const display = kind.display || block
      const value = toText(scope, {whitespace: 'pre'})
      const key = `${display ? 'display' : 'inline'}:${value}`
      let html = rendered.get(key)
      if (html === undefined) {
        html = flat(renderMath(value, display, element, file))
        rendered.set(key, html)
      }

      const index = container.children.indexOf(scope as ElementContent)
      container.children.splice(index, 1, {type: 'raw', value: html})
      return SKIP
    })
  }
}

/**
 * The same text in one piece. KaTeX builds its HTML by concatenation, which
 * V8 keeps as a tree of the pieces (about three times the memory of the
 * text); reading a character makes V8 copy it into one flat string in place.
 */
function flat(text: string): string {
  text.charCodeAt(0)
  return text
}

/** Text for HTML, in an attribute value or an element. */
const escape = (text: string) =>
  text
    .replace(/&/g, '&#x26;')
    .replace(/</g, '&#x3C;')
    .replace(/>/g, '&#x3E;')
    .replace(/"/g, '&#x22;')

/**
 * KaTeX's HTML for one formula. Math it refuses is a message (worded as
 * rehype-katex words it) and the formula's text in KaTeX's red error span,
 * as KaTeX itself writes it without `throwOnError`.
 */
function renderMath(value: string, displayMode: boolean, element: Element, file: VFile): string {
  try {
    return katex.renderToString(value, {displayMode, throwOnError: true, trust: false})
  } catch (error) {
    const cause = error as Error
    file.message('Could not render math with KaTeX', {
      cause,
      place: element.position,
      ruleId: cause.name.toLowerCase(),
      source: 'rehype-katex'
    })
    return `<span class="katex-error" title="${escape(String(cause))}" style="color:#cc0000">${escape(value)}</span>`
  }
}
