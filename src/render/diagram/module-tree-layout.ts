import type {BoxSpec} from './boxes.js'
import {boxHeight, boxWidth, drawBox} from './boxes.js'
import type {CodeNode} from './code-nodes.js'
import type {Item, Section} from './items.js'
import {plain} from './text-metrics.js'

const indent = 32
const rowGap = 12
/** Where a parent's line to its children leaves it, from its left edge. */
const stem = 14

/**
 * A PyTorch model's module tree as print(model) nests it: one box per
 * module under its parent, indented one step per level, joined to the
 * parent by an elbow arrow.
 */
export function moduleTreeSection(nodes: readonly CodeNode[]): Section {
  const items: Item[] = []
  const boxes = new Map<string, {readonly left: number; readonly bottom: number}>()
  let top = 0
  let width = 0
  for (const node of nodes) {
    const spec: BoxSpec = {
      tone: node.tone,
      lines: [node.label, ...node.details].map((line) => plain(line)),
      gates: []
    }
    const [w, h] = [boxWidth(spec), boxHeight(spec)]
    const left = node.depth * indent
    const parent = node.from[0] === undefined ? undefined : boxes.get(node.from[0])
    if (parent) {
      const x = parent.left + stem
      items.push({
        kind: 'edge',
        points: [
          [x, parent.bottom],
          [x, top + h / 2],
          [left, top + h / 2]
        ],
        head: true
      })
    }
    items.push(...drawBox(spec, left + w / 2, top, w))
    boxes.set(node.name, {left, bottom: top + h})
    width = Math.max(width, left + w)
    top += h + rowGap
  }
  return {width, height: top - rowGap, items}
}
