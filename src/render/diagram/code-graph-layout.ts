import type {BoxSpec} from './boxes.js'
import {boxHeight, boxWidth, drawBox} from './boxes.js'
import type {CodeNode} from './code-nodes.js'
import type {Item, Section} from './items.js'
import {plain} from './text-metrics.js'

const gap = {x: 24, y: 40}
/** How far apart the arrows into one box end on its top edge. */
const spread = 14

interface Placed {
  readonly node: CodeNode
  readonly spec: BoxSpec
  readonly width: number
  readonly height: number
  cx: number
  top: number
}

const specOf = (node: CodeNode): BoxSpec => ({
  tone: node.tone,
  lines: [node.label, ...node.details].map((line) => plain(line)),
  gates: []
})

/** Each node's row: one below the lowest node it reads (sources first, since the code made them first). */
function ranks(nodes: readonly CodeNode[]): number[] {
  const rank = new Map<string, number>()
  return nodes.map((node) => {
    const below = node.from.map((name) => rank.get(name)).filter((r) => r !== undefined)
    const own = below.length > 0 ? Math.max(...below) + 1 : 0
    rank.set(node.name, own)
    return own
  })
}

/**
 * A Keras model as a layered graph, top to bottom: Inputs and first layers
 * in the top row, each layer one row below what it reads, the layers of a
 * row (parallel branches) side by side, and an arrow per tensor read.
 */
export function codeGraphSection(nodes: readonly CodeNode[]): Section {
  const placed: Placed[] = nodes.map((node) => {
    const spec = specOf(node)
    return {node, spec, width: boxWidth(spec), height: boxHeight(spec), cx: 0, top: 0}
  })
  const rankOf = ranks(nodes)
  const rows: Placed[][] = []
  placed.forEach((box, index) => {
    const rank = rankOf[index] as number
    rows[rank] = [...(rows[rank] ?? []), box]
  })
  const rowWidth = (row: readonly Placed[]) =>
    row.reduce((sum, box) => sum + box.width, 0) + gap.x * (row.length - 1)
  const width = Math.max(...rows.map(rowWidth))
  let top = 0
  for (const row of rows) {
    let x = (width - rowWidth(row)) / 2
    for (const box of row) {
      box.cx = x + box.width / 2
      box.top = top
      x += box.width + gap.x
    }
    top += Math.max(...row.map((box) => box.height)) + gap.y
  }
  const byName = new Map(placed.map((box) => [box.node.name, box]))
  const items: Item[] = []
  for (const box of placed) {
    const sources = box.node.from.map((name) => byName.get(name)).filter((s) => s !== undefined)
    sources.forEach((source, index) => {
      const x = box.cx + (index - (sources.length - 1) / 2) * spread
      const bottom = source.top + source.height
      const bend = box.top - gap.y / 2
      items.push({
        kind: 'edge',
        points: [
          [source.cx, bottom],
          [source.cx, bend],
          [x, bend],
          [x, box.top]
        ],
        head: true
      })
    })
  }
  for (const box of placed) items.push(...drawBox(box.spec, box.cx, box.top, box.width))
  return {width, height: top - gap.y, items}
}
