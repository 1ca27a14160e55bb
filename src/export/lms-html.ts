import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Nodes, RootContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import type {QuizSolutionSettings} from '../render/index.js'
import {authorHandlers} from './author-html.js'
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
    {handlers: authorHandlers}
  ) as HastRoot
  return withoutBreaks(tree.children as ElementContent[])
}

/** An option's phrasing as HTML elements (a paragraph). */
export function lmsInlineHast(nodes: readonly RootContent[]): ElementContent[] {
  return lmsHast([{type: 'paragraph', children: [...nodes] as never}])
}

/** HTML elements serialised, on one line. */
export function lmsHtml(nodes: readonly ElementContent[]): string {
  return toHtml(
    {type: 'root', children: [...nodes]},
    {characterReferences: {useNamedReferences: true}}
  ).replace(/\n/g, ' ')
}

/** Text elements for plain feedback. */
export function lmsParagraph(text: string): Element {
  return {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: text}]}
}

/** The worked solution an LMS question carries as general feedback: table and derivation. */
export function lmsSolutionSettings(settings: ExportSettings): QuizSolutionSettings {
  return {parts: ['table', 'derivation'], strings: settings.strings, format: settings.numberFormat}
}
