import type {Merge} from '../../core/index.js'
import type {Item, Line, TextTone} from './items.js'
import type {LabelBlock} from './labels.js'
import {barSpace} from './labels.js'
import type {DiagramModel} from './model.js'
import {lineExtent, lineWidth} from './text-metrics.js'

/**
 * The superscript marks of a stack's vectors: `dec` in a decoder, as its
 * matrices have (`W_xh^(dec)`), so no two boxes look alike.
 */
export function stackMarks(model: Pick<DiagramModel, 'stack'>): string[] {
  return model.stack === 'decoder' ? ['dec'] : []
}

/** How a bidirectional layer's two directions are joined, as the box between layers says it. */
export function joinText(merge: Merge): string {
  switch (merge) {
    case 'sum':
      return '→ + ←'
    case 'mul':
      return '→ ⊙ ←'
    case 'ave':
      return '(→ + ←) / 2'
    default:
      return '[ → ; ← ]'
  }
}

/** Space between two lines of one block, and between two blocks. */
const lineGap = 2
const blockGap = 8

/** Lines set one under another from `top`, left-aligned at `x` (or centred on it). */
export function stackLines(
  lines: readonly Line[],
  tones: readonly TextTone[],
  x: number,
  top: number,
  anchor: 'start' | 'middle' = 'start'
): {readonly items: Item[]; readonly height: number; readonly width: number} {
  const items: Item[] = []
  let y = top
  let width = 0
  lines.forEach((line, index) => {
    const {above, below} = lineExtent(line)
    const tone = tones[index] ?? 'text'
    items.push({kind: 'text', x, y: y + above, anchor, line, tone})
    width = Math.max(width, lineWidth(line, tone === 'heading'))
    y += above + below + lineGap
  })
  return {items, height: Math.max(0, y - top - lineGap), width}
}

/** Height of lines stacked by `stackLines`. */
export function linesHeight(lines: readonly Line[]): number {
  let height = 0
  for (const line of lines) {
    const {above, below} = lineExtent(line)
    height += above + below + lineGap
  }

  return Math.max(0, height - lineGap)
}

/** Width of a label block, bars included. */
export function blockWidth(block: LabelBlock): number {
  const widths = block.lines.map((line, index) => lineWidth(line, block.tones[index] === 'heading'))
  return Math.max(0, ...widths) + (block.bars > 0 ? barSpace : 0)
}

/** Height of label blocks stacked with `stackBlocks`. */
export function blocksHeight(blocks: readonly LabelBlock[]): number {
  return blocks.reduce(
    (sum, block, index) => sum + linesHeight(block.lines) + (index > 0 ? blockGap : 0),
    0
  )
}

/** Label blocks one under another from `top` at `x`; a bias block's bars stand before its first line. */
export function stackBlocks(blocks: readonly LabelBlock[], x: number, top: number): Item[] {
  const items: Item[] = []
  let y = top
  for (const block of blocks) {
    const textX = x + (block.bars > 0 ? barSpace : 0)
    const placed = stackLines(block.lines, block.tones, textX, y)
    items.push(...placed.items)
    const firstBaseline = y + lineExtent(block.lines[0] ?? []).above
    for (let row = 0; row < block.bars; row++) {
      items.push({
        kind: 'bar',
        x,
        y: firstBaseline - 9 + row * 6 - (block.bars - 1) * 3,
        width: barSpace - 8
      })
    }

    y += placed.height + blockGap
  }

  return items
}
