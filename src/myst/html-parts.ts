import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Nodes} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {messageSource, ruleUrl} from '../directives/rules.js'
import type {RnnWidget} from './self-check-widget.js'
import type {MystNode, RnnDiagramNode} from './types.js'

type ToHtml = (tree: Nodes, options?: {space?: 'svg'}) => string
type ToHast = (tree: MdastNodes) => Nodes

/**
 * An optional peer dependency: only HTML-only parts (a diagram, a quiz's
 * self-check) need them, so a book without them installs nothing more.
 */
async function optionalPeer<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load()
  } catch {
    return undefined
  }
}

/** Beside this file in dist/: the module MyST's theme loads for each quiz (or explorer). */
function widgetModule(kind: 'quiz' | 'explorer'): string {
  const name = kind === 'quiz' ? 'self-check-widget.mjs' : 'explorer-widget.mjs'
  return join(dirname(fileURLToPath(import.meta.url)), name)
}

/** The `anywidget` node of a quiz's self-check (its answer sheet) or an explorer: its HTML for the widget module, which mystmd copies into the site. */
function widgetNode(
  html: string,
  file: VFile,
  index: number,
  kind: 'quiz' | 'explorer' = 'quiz'
): MystNode {
  return {
    type: 'anywidget',
    // mystmd resolves a relative module path from the page's folder.
    esm: relative(dirname(file.path || '.'), widgetModule(kind)),
    model: {html},
    class: `rnn-${kind}-widget`,
    id: `rnn-${kind}-widget-${index}`
  }
}

const htmlParts = new Set(['rnnHast', 'rnnDiagram', 'rnnWidget'])

/**
 * Place the HTML-only parts among a directive's nodes at the directive, so
 * a message about one (a missing peer) points at the text that asked for it.
 */
export function placeHtmlParts(nodes: readonly MystNode[], position: Position | undefined): void {
  for (const node of nodes) {
    if (htmlParts.has(node.type) && !node.position && position) node.position = position
    placeHtmlParts(node.children ?? [], position)
  }
}

/** The optional peers the parts are written with, where installed. */
interface Peers {
  readonly toHtml: ToHtml | undefined
  readonly toHast: ToHast | undefined
}

/** What a part needs that is not installed: what it is and the packages to install. */
interface Missing {
  readonly what: string
  readonly packages: string
}

/** One HTML-only part as MyST has it, or what it lacks. */
function writePart(
  node: MystNode,
  {toHtml, toHast}: Peers,
  widget: () => {readonly file: VFile; readonly index: number}
): MystNode | Missing {
  if (node.type === 'rnnDiagram') {
    const {svg, alt} = node as RnnDiagramNode
    if (!toHtml) return {what: 'A diagram', packages: 'hast-util-to-html'}
    // mystmd writes an image given as data to a file of the site (or the export) and links it.
    const data = Buffer.from(toHtml(svg as Nodes, {space: 'svg'})).toString('base64')
    return {type: 'image', url: `data:image/svg+xml;base64,${data}`, alt, class: 'rnn-diagram'}
  }

  if (node.type === 'rnnWidget') {
    const {form, module} = node as RnnWidget
    if (!toHtml || !toHast)
      return {
        what: module ? 'An explorer' : "A quiz's self-check",
        packages: 'hast-util-to-html and mdast-util-to-hast'
      }
    const {file, index} = widget()
    return widgetNode(toHtml(toHast(form)), file, index, module ? 'explorer' : 'quiz')
  }

  if (!toHtml) return {what: 'This part', packages: 'hast-util-to-html'}
  return {type: 'html', value: toHtml(node.hast as Nodes)}
}

/** Every parent of an HTML-only part. */
function partParents(tree: MystNode): MystNode[] {
  const parents: MystNode[] = []
  const walk = (node: MystNode) => {
    if (node.children?.some((child) => htmlParts.has(child.type))) parents.push(node)
    for (const child of node.children ?? []) walk(child)
  }

  walk(tree)
  return parents
}

/**
 * Write the HTML-only parts: a diagram (`rnnDiagram`) as an image of its
 * SVG, each quiz's answer sheet (`rnnWidget`) as an `anywidget` node, other
 * hast (`rnnHast`) as an `html` node; without hast-util-to-html (and
 * mdast-util-to-hast for the widget), leave them out and say what to install.
 */
export async function writeHtmlParts(tree: MystNode, file: VFile): Promise<void> {
  const parents = partParents(tree)
  if (parents.length === 0) return
  const peers: Peers = {
    toHtml: (await optionalPeer(() => import('hast-util-to-html')))?.toHtml,
    toHast: (await optionalPeer(() => import('mdast-util-to-hast')))?.toHast as ToHast | undefined
  }
  let widgets = 0
  const nextWidget = () => ({file, index: ++widgets})
  for (const parent of parents) {
    parent.children = (parent.children ?? []).flatMap((child): MystNode[] => {
      if (!htmlParts.has(child.type)) return [child]
      const written = writePart(child, peers, nextWidget)
      if ('type' in written) return [written]
      const message = file.message(
        `${written.what} exists only as HTML: install ${written.packages} next to remark-rnn to show it in MyST.`,
        {place: child.position, ruleId: 'missing-dependency', source: messageSource}
      )
      message.fatal = false
      message.url = ruleUrl('missing-dependency')
      return []
    })
  }
}
