import {boxWidth, drawBox} from './boxes.js'
import type {Item, Line, Section} from './items.js'
import type {DiagramModel, DirectionView} from './model.js'
import {symbolRuns} from './symbol.js'
import {lineWidth} from './text-metrics.js'
import type {RowBox} from './unrolled-feeds.js'
import {feedLines, gapHeight, labelPad} from './unrolled-feeds.js'
import type {GridRow} from './unrolled-rows.js'
import {gridRows, rowBox} from './unrolled-rows.js'

/** The time steps, as subscript digits: part of the letter's text, so a box needs no `<tspan>` for them. */
export const steps = ['₁', '₂', '₃'] as const

const boxHeightUnits = 32
/** Room above a state row's boxes for the label over its time arrows. */
const headroom = 30
const stub = 22

const widest = (lines: readonly Line[]) => Math.max(0, ...lines.map((line) => lineWidth(line)))

/**
 * The network unrolled over three time steps, outputs at the top: every
 * step's arrows carry the same matrix symbols, forward rows point right and
 * backward rows point left. In a bidirectional network the forward boxes sit
 * left of the column and the backward boxes right of it, so the lines feeding
 * each pass beside the other's boxes.
 */
/** Where a state row's time arrows begin and end: an encoder–decoder joins them. */
export interface TimePort {
  readonly layer: number
  readonly direction?: DirectionView['direction']
  /** The y of the row's time arrows. */
  readonly middle: number
  /** Where the arrow into the first step starts, and where the one out of the last step ends. */
  readonly start: number
  readonly end: number
}

export interface UnrolledSection extends Section {
  readonly states: readonly TimePort[]
}

export function unrolledSection(model: DiagramModel): UnrolledSection {
  const rows = gridRows(model)
  const two = model.bidirectional
  const stateRows = rows.filter((row) => row.kind === 'state')
  const stateWidth = Math.max(
    ...stateRows.flatMap((row) => steps.map((step) => boxWidth(rowBox(model, row, step))))
  )
  const d = two ? Math.ceil(stateWidth / 4 + 8) : 0
  const nodeWidth = Math.max(
    2 * d + 16,
    ...rows
      .filter((row) => row.kind !== 'state')
      .flatMap((row) => steps.map((step) => boxWidth(rowBox(model, row, step))))
  )
  const feedWidth = widest(rows.flatMap((row) => (row.feed ? [symbolRuns(row.feed.symbol)] : [])))
  const timeWidth = widest(
    stateRows.map((row) => symbolRuns((row.view as DirectionView).recurrent.symbol))
  )

  const pitch = Math.ceil(
    Math.max(
      timeWidth + 4 * d + 12,
      timeWidth + stateWidth + 12,
      2 * d + feedWidth + 2 * labelPad + 8,
      stateWidth + 40,
      nodeWidth + 16
    )
  )
  const reach = Math.max(stateWidth / 2 + d + stub, nodeWidth / 2)
  const left = Math.ceil(Math.max(reach, two ? d + labelPad + feedWidth : 0))
  const right = Math.ceil(Math.max(reach, d + labelPad + feedWidth))
  const columns = steps.map((_, index) => left + index * pitch)

  const items: Item[] = []
  const states: TimePort[] = []
  // Top and bottom of each row's boxes, row by row from the top.
  const boxes: RowBox[] = []
  let y = 0
  rows.forEach((row, index) => {
    if (index > 0) y += gapHeight
    const top = y + (row.kind === 'state' ? headroom : 0)
    boxes.push({top, bottom: top + boxHeightUnits})
    const forward = row.view?.direction !== 'backward'
    const shift = two && row.kind === 'state' ? (forward ? -d : d) : 0
    const width = row.kind === 'state' ? stateWidth : nodeWidth
    columns.forEach((column, step) => {
      items.push(...drawBox(rowBox(model, row, steps[step] ?? ''), column + shift, top, width))
    })
    if (row.kind === 'state') {
      const half = width / 2
      states.push({
        layer: row.layer ?? 1,
        direction: row.view?.direction,
        middle: top + boxHeightUnits / 2,
        start: (columns[0] ?? 0) + shift - half - stub,
        end: (columns[columns.length - 1] ?? 0) + shift + half + stub
      })
      items.push(
        ...timeArrows(
          row,
          columns.map((column) => column + shift),
          top + boxHeightUnits / 2,
          width,
          forward
        )
      )
    }
    y = top + boxHeightUnits
  })

  rows.forEach((row, index) => {
    if (!row.feed) return
    items.push(...feedLines({rows, boxes, index, columns, offset: d, bidirectional: two}))
  })

  return {width: left + 2 * pitch + right, height: Math.ceil(y), items, states}
}

/** The arrows from step to step in one state row, with the recurrent symbol over each. */
function timeArrows(
  row: GridRow,
  xs: readonly number[],
  middle: number,
  width: number,
  forward: boolean
): Item[] {
  const half = width / 2
  const first = xs[0] ?? 0
  const lastX = xs[xs.length - 1] ?? 0
  const spans: Array<readonly [number, number]> = [[first - half - stub, first - half]]
  for (let index = 1; index < xs.length; index++)
    spans.push([(xs[index - 1] ?? 0) + half, (xs[index] ?? 0) - half])
  spans.push([lastX + half, lastX + half + stub])
  const symbol = symbolRuns((row.view as DirectionView).recurrent.symbol)
  return spans.flatMap(([from, to], index): Item[] => {
    const edge: Item = {
      kind: 'edge',
      points: forward
        ? [
            [from, middle],
            [to, middle]
          ]
        : [
            [to, middle],
            [from, middle]
          ],
      head: true
    }
    const inner = index > 0 && index < spans.length - 1
    return inner
      ? [
          edge,
          {
            kind: 'text',
            x: (from + to) / 2,
            y: middle - 8,
            anchor: 'middle',
            line: symbol,
            tone: 'text'
          }
        ]
      : [edge]
  })
}
