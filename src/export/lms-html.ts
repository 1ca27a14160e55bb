import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Nodes, RootContent} from 'mdast'
import type {Raw} from 'mdast-util-to-hast'
import {toHast} from 'mdast-util-to-hast'
import type {Breakdown} from '../core/index.js'
import {formulaInSymbols} from '../core/index.js'
import type {QuizSolutionSettings} from '../render/index.js'
import {authorHandlers} from './author-html.js'
import {jsxHandlers} from './lms-jsx.js'
import type {ExportSettings} from './types.js'

/**
 * Math as LMS filters read it: `\(…\)` inline and `\[…\]` display, which
 * Moodle's MathJax filter and Canvas both typeset. KaTeX's markup is not
 * wanted here: the LMS brings its own renderer.
 */
function withLmsMath(node: Nodes): Nodes {
  if (node.type === 'math')
    return {type: 'paragraph', children: [{type: 'text', value: `\\[${node.value}\\]`}]}
  if (node.type === 'inlineMath') return {type: 'text', value: `\\(${node.value}\\)`}
  if ('children' in node) return {...node, children: node.children.map(withLmsMath)} as Nodes
  return node
}

// mdast-util-to-hast puts line breaks between blocks; an LMS field is one run of HTML.
function withoutBreaks(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter(
      (node) => !(node.type === 'text' && /^\s*$/.test(node.value) && node.value.includes('\n'))
    )
    .map((node) =>
      node.type === 'element' ? {...node, children: withoutBreaks(node.children)} : node
    )
}

/** Markdown content as HTML elements for an LMS, the author's links and images made safe. */
export function lmsHast(nodes: readonly RootContent[]): ElementContent[] {
  const tree = toHast(
    {type: 'root', children: nodes.map((node) => withLmsMath(node) as RootContent)},
    {handlers: {...jsxHandlers, ...authorHandlers}}
  ) as HastRoot
  return withoutBreaks(tree.children as ElementContent[])
}

/** An option's phrasing as HTML elements (a paragraph). */
export function lmsInlineHast(nodes: readonly RootContent[]): ElementContent[] {
  return lmsHast([{type: 'paragraph', children: [...nodes] as never}])
}

const htmlSettings = {characterReferences: {useNamedReferences: true}} as const

/**
 * Code blocks written with their line breaks as `&#10;`, so they survive
 * the single line an LMS field is (a raw newline in GIFT could even end the
 * question): the browser reads `&#10;` inside `<pre>` as a line break.
 */
function withCodeBreaks(node: ElementContent): ElementContent | Raw {
  if (node.type !== 'element') return node
  if (node.tagName === 'pre')
    return {type: 'raw', value: toHtml(node, htmlSettings).replace(/\n/g, '&#10;')}
  return {...node, children: node.children.map(withCodeBreaks) as ElementContent[]}
}

/** HTML elements serialised, on one line. */
export function lmsHtml(nodes: readonly ElementContent[]): string {
  return toHtml(
    {type: 'root', children: nodes.map(withCodeBreaks) as ElementContent[]},
    {...htmlSettings, allowDangerousHtml: true}
  ).replace(/\n/g, ' ')
}

/**
 * A hint before answering: the asked quantities' formulas in symbols, no
 * numbers (`input = n·h; recurrent = h·h + h`).
 */
export function lmsFormulaHint(breakdown: Breakdown, ask: readonly string[]): Element[] {
  return [lmsParagraph(ask.map((name) => formulaInSymbols(breakdown, name)).join('; '))]
}

/** Text elements for plain feedback. */
export function lmsParagraph(text: string): Element {
  return {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: text}]}
}

/**
 * The worked solution an LMS question carries as general feedback: table
 * and derivation, options named by their numbers (the LMS shuffles them).
 */
export function lmsSolutionSettings(settings: ExportSettings): QuizSolutionSettings {
  return {
    parts: ['table', 'derivation'],
    strings: settings.strings,
    format: settings.numberFormat,
    byValue: true
  }
}
