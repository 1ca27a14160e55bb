import type {Element, ElementContent, Properties} from 'hast'
import type {Nodes, PhrasingContent, Table} from 'mdast'
import {standaloneSvg} from '../render/index.js'
import type {RnnHtml} from '../render/nodes.js'
import type {MystNode, RnnDiagramNode} from './types.js'

/**
 * Generated nodes the way MyST has them. The remark plugin's `rnnBlock`
 * wrappers have no MyST type every export knows (its Markdown export has no
 * `div`), so a shown solution stands as its parts; a collapsed one becomes
 * MyST's own `details` with a `summary`. Math keeps only its LaTeX, which
 * MyST renders with its own KaTeX, unnumbered. A diagram is kept as its SVG
 * for the page transform to write as an image, and anything else only HTML
 * can show as its hast, for an `html` node. A quiz keeps its question,
 * lettered options and answer: its self-check form's fields and feedback
 * are left to the widget (self-check-widget.ts).
 */
export function toMyst(nodes: readonly Nodes[], classes: readonly string[]): MystNode[] {
  return nodes.flatMap((node) => convert(node, classes))
}

function convert(node: Nodes, classes: readonly string[]): MystNode[] {
  // A quiz's form parts (fields, feedback, Check) need the page's script, which a MyST theme does not run.
  if (node.type === 'rnnHtml' && node.form) return []
  if (node.type === 'rnnHtml' && node.diagram) return diagramNodes(node)
  // Generated content that exists only as HTML, whatever its node type.
  if (node.data?.hChildren && node.type !== 'math' && node.type !== 'inlineMath')
    return [hastOnly(node)]
  switch (node.type) {
    case 'rnnBlock': {
      const content = node.children.flatMap((child) => convert(child, classes))
      if (node.data?.hName !== 'details') return content
      const summary = node.children.find(
        (child) => child.type === 'rnnHtml' && child.data?.hName === 'summary'
      )
      const title =
        summary?.type === 'rnnHtml' ? phrasing(summary.children as PhrasingContent[]) : []
      return [
        {
          type: 'details',
          ...classAttribute(classes),
          children: [{type: 'summary', children: title}, ...content]
        }
      ]
    }

    case 'rnnInline':
      return phrasing(node.children)
    case 'rnnHtml':
      // A summary line is the `details` title; other HTML-only lines have no place in MyST.
      return []
    case 'math':
    case 'inlineMath':
      // Generated math carries its HTML in `data`; the author's own is MyST's already.
      return node.data?.hChildren
        ? [
            {
              type: node.type,
              value: node.value,
              ...(node.type === 'math' ? {enumerated: false} : {})
            }
          ]
        : [plain(node, classes)]
    case 'table':
      return [Array.isArray(node.align) ? table(node, classes) : plain(node, classes)]
    default:
      return [plain(node, classes)]
  }
}

function phrasing(children: readonly PhrasingContent[]): MystNode[] {
  return children.flatMap((child) => convert(child, []))
}

function classAttribute(classes: readonly string[]): {class?: string} {
  return classes.length > 0 ? {class: classes.join(' ')} : {}
}

/** MyST marks header cells and aligns each cell itself. */
function table(node: Table, classes: readonly string[]): MystNode {
  return {
    type: 'table',
    ...classAttribute(classes),
    children: node.children.map((row, rowIndex) => ({
      type: 'tableRow',
      children: row.children.map((cell, column) => ({
        type: 'tableCell',
        ...(rowIndex === 0 ? {header: true} : {}),
        ...(node.align?.[column] ? {align: node.align[column]} : {}),
        children: phrasing(cell.children)
      }))
    }))
  }
}

const htmlHints = new Set(['hName', 'hProperties', 'hChildren'])

/** A node MyST shares with mdast (text, strong, list, code, and the author's own content), without the HTML hints in `data`. */
/** Content that exists only as HTML, as the element mdast-util-to-hast would make of it. */
function hastOnly(node: Nodes): MystNode {
  const data = node.data as {hName?: string; hProperties?: Properties; hChildren?: ElementContent[]}
  const hast: Element = {
    type: 'element',
    tagName: data.hName ?? 'div',
    properties: {...data.hProperties},
    children: data.hChildren ?? []
  }
  return {type: 'rnnHast', hast, ...(node.position ? {position: node.position} : {})}
}

/**
 * A diagram as an image (MyST's themes render no raw HTML, and every export
 * takes an image): its SVG on its own, for the page transform to write, its
 * title and description as the alternative text.
 */
function diagramNodes(node: RnnHtml): MystNode[] {
  const [svg] = node.data?.hChildren ?? []
  if (svg?.type !== 'element') return []
  const description = svg.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'desc'
  )
  const words = description?.children.map((child) => ('value' in child ? child.value : '')).join('')
  const diagram: RnnDiagramNode = {
    type: 'rnnDiagram',
    svg: standaloneSvg(svg),
    alt: [node.diagram?.title, words].filter(Boolean).join('. ')
  }
  return [diagram]
}

function plain(node: Nodes, classes: readonly string[]): MystNode {
  const copy = {...node} as MystNode
  const className = (node.data?.hProperties as {className?: unknown} | undefined)?.className
  if (Array.isArray(className)) copy.class = className.join(' ')
  const data = Object.entries(node.data ?? {}).filter(([key]) => !htmlHints.has(key))
  if (data.length > 0) copy.data = Object.fromEntries(data)
  else delete copy.data
  if ('children' in node && node.children) copy.children = toMyst(node.children as Nodes[], classes)
  return copy
}
