import type {AlignType, List, Nodes, PhrasingContent, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {RnnBlock} from '../render/index.js'
import type {PandocMath} from './pandoc-batch.js'
import {isRawHtml, rawHtml, solutionClose, solutionOpening} from './pandoc-html.js'

// An expansion's mdast as Pandoc's own JSON AST, which the filter reads with
// `pandoc.read(…, 'json')`: native tables, math, lists and code for every
// output, with no Markdown written and parsed again in between. The element
// shapes are those of pandoc-types 1.22 (Pandoc 2.17) and 1.23 (3.x) alike.

/** A Pandoc element: `{t: "Para", c: […]}`. */
export interface Element {
  readonly t: string
  readonly c?: unknown
}

type Attr = [string, string[], Array<[string, string]>]

const noAttr = (): Attr => ['', [], []]
const element = (t: string, c?: unknown): Element => (c === undefined ? {t} : {t, c})

/** Text as Pandoc has it: words (`Str`), `Space`, and `SoftBreak` for a line break in the source. */
export function words(text: string): Element[] {
  const inlines: Element[] = []
  for (const part of text.split(/([ \t]+|\r?\n[ \t]*)/)) {
    if (part === '') continue
    if (/^\s/.test(part)) inlines.push(element(part.includes('\n') ? 'SoftBreak' : 'Space'))
    else inlines.push(element('Str', part))
  }
  return inlines
}

/** What a writer needs: the output is HTML (raw HTML parts are written), and its math. */
export interface JsonSettings {
  readonly html: boolean
  readonly math: PandocMath
}

function inlines(nodes: readonly Nodes[], settings: JsonSettings): Element[] {
  return nodes.flatMap((node) => inline(node, settings))
}

/** One inline node; anything this writer does not know becomes its text. */
function inline(node: Nodes, settings: JsonSettings): Element[] {
  const children = () => inlines((node as {children: Nodes[]}).children, settings)
  switch (node.type) {
    case 'text':
      return words(node.value)
    case 'strong':
      return [element('Strong', children())]
    case 'emphasis':
      return [element('Emph', children())]
    case 'delete':
      return [element('Strikeout', children())]
    case 'inlineCode':
      return [element('Code', [noAttr(), node.value])]
    case 'inlineMath':
      return [element('Math', [element('InlineMath'), node.value])]
    case 'break':
      return [element('LineBreak')]
    case 'link':
      return [element('Link', [noAttr(), children(), [node.url, node.title ?? '']])]
    case 'image':
      return [element('Image', [noAttr(), words(node.alt ?? ''), [node.url, node.title ?? '']])]
    case 'html':
      return [element('RawInline', ['html', node.value])]
    case 'rnnInline':
      return children()
    default:
      return words(toString(node))
  }
}

const alignments: Record<string, string> = {
  left: 'AlignLeft',
  right: 'AlignRight',
  center: 'AlignCenter'
}

/** A GFM table as Pandoc's: column specs from its alignment, the first row the head. */
function table(node: Table, settings: JsonSettings): Element {
  const align = (value: AlignType | undefined) => element(alignments[value ?? ''] ?? 'AlignDefault')
  const row = (cells: readonly PhrasingContent[][]) => [
    noAttr(),
    cells.map((cell) => [
      noAttr(),
      element('AlignDefault'),
      1,
      1,
      [element('Plain', inlines(cell, settings))]
    ])
  ]
  const [head, ...body] = node.children.map((tableRow) =>
    row(tableRow.children.map((cell) => cell.children))
  )
  const columns = (node.children[0]?.children ?? []).map((_, index) => [
    align(node.align?.[index]),
    element('ColWidthDefault')
  ])
  return element('Table', [
    noAttr(),
    [null, []],
    columns,
    [noAttr(), head ? [head] : []],
    [[noAttr(), 0, [], body]],
    [noAttr(), []]
  ])
}

/** A list's items; a tight list's paragraphs are `Plain`, as Pandoc reads them. */
function list(node: List, settings: JsonSettings): Element {
  const items = node.children.map((item) => {
    const kept = item.children.filter((child) => child.type !== 'rnnHtml') as RootContent[]
    const content = blocks(kept, settings)
    return node.spread
      ? content
      : content.map((block) => (block.t === 'Para' ? {...block, t: 'Plain'} : block))
  })
  if (!node.ordered) return element('BulletList', items)
  return element('OrderedList', [[node.start ?? 1, element('Decimal'), element('Period')], items])
}

/** Blocks of a generated block: HTML-only parts only for HTML (raw), a solution inside its element there. */
function rnnBlock(node: RnnBlock, settings: JsonSettings): Element[] {
  if (settings.html && isRawHtml(node))
    return [element('RawBlock', ['html', rawHtml(node, settings.math)])]
  const content = blocks(node.children as RootContent[], settings)
  const opening = settings.html ? solutionOpening(node, settings.math) : undefined
  if (opening === undefined) return content
  return [
    element('RawBlock', ['html', opening]),
    ...content,
    element('RawBlock', ['html', solutionClose(node)])
  ]
}

/** One block node; a phrasing node where a block belongs is a paragraph of it. */
function block(node: RootContent, settings: JsonSettings): Element[] {
  switch (node.type) {
    case 'paragraph':
      return [element('Para', inlines(node.children, settings))]
    case 'heading':
      return [element('Header', [node.depth, noAttr(), inlines(node.children, settings)])]
    case 'math':
      return [element('Para', [element('Math', [element('DisplayMath'), node.value])])]
    case 'code':
      return [element('CodeBlock', [['', node.lang ? [node.lang] : [], []], node.value])]
    case 'table':
      return [table(node, settings)]
    case 'list':
      return [list(node, settings)]
    case 'blockquote':
      return [element('BlockQuote', blocks(node.children, settings))]
    case 'thematicBreak':
      return [element('HorizontalRule')]
    case 'html':
      return [element('RawBlock', ['html', node.value])]
    case 'rnnBlock':
      return rnnBlock(node, settings)
    case 'rnnHtml':
      // Only HTML shows these; of them, a diagram is written (raw) into HTML outputs.
      return settings.html && isRawHtml(node)
        ? [element('RawBlock', ['html', rawHtml(node, settings.math)])]
        : []
    case 'rnnSource':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return []
    default:
      return [element('Para', inline(node, settings))]
  }
}

/** Blocks as Pandoc's JSON elements. */
export function blocks(nodes: readonly RootContent[], settings: JsonSettings): Element[] {
  return nodes.flatMap((node) => block(node, settings))
}

/** Inlines (a paragraph's children) as Pandoc's JSON elements. */
export function phrasing(nodes: readonly PhrasingContent[], settings: JsonSettings): Element[] {
  return inlines(nodes, settings)
}

/** An attribute triple with an id, for the results' divs and spans. */
export function withId(id: string): Attr {
  return [id, [], []]
}
