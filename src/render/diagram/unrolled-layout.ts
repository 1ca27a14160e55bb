import type {Term} from '../../core/index.js'
import {boxWidth, drawBox} from './boxes.js'
import type {Item, Line, Section} from './items.js'
import type {DiagramModel, DirectionView} from './model.js'
import {symbolRuns} from './symbol.js'
import {lineExtent, lineWidth} from './text-metrics.js'
import type {GridRow} from './unrolled-rows.js'
import {gridRows, rowBox} from './unrolled-rows.js'

/** The time steps, as subscript digits: part of the letter's text, so a box needs no `<tspan>` for them. */
export const steps = ['₁', '₂', '₃'] as const

const boxHeightUnits = 32
/** Room above a state row's boxes for the label over its time arrows. */
const headroom = 30
const gapHeight = 40
const stub = 22
const labelPad = 5

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

type RowBox = {readonly top: number; readonly bottom: number}

/** What a row's feeding lines are drawn from. */
interface FeedPlace {
  readonly rows: readonly GridRow[]
  /** Top and bottom of each row's boxes. */
  readonly boxes: readonly RowBox[]
  /** The row being fed. */
  readonly index: number
  /** Each step's centre. */
  readonly columns: readonly number[]
  /** How far a bidirectional row's boxes sit off the column. */
  readonly offset: number
  /** Whether the network is bidirectional (rows fed beside each other). */
  readonly bidirectional: boolean
}

/** Where a row's feeding lines end and their labels sit. */
interface FeedGeometry {
  readonly row: GridRow
  readonly symbol: ReturnType<typeof symbolRuns>
  readonly target: RowBox
  /** The middle of the gap below the row: labels and joins sit there, clear of the headroom. */
  readonly middle: number
  readonly baseline: number
}

/**
 * The lines feeding row `index` from below, each labelled with the feeding
 * matrix. Bidirectional rows are fed beside the other direction's boxes:
 * the forward row at the column minus the offset, the backward row at plus.
 */
function feedLines(place: FeedPlace): Item[] {
  const row = place.rows[place.index] as GridRow
  const symbol = symbolRuns((row.feed as Term).symbol)
  const {above, below} = lineExtent(symbol)
  const target = place.boxes[place.index] as RowBox
  const middle = target.bottom + gapHeight / 2
  const geometry: FeedGeometry = {
    row,
    symbol,
    target,
    middle,
    baseline: middle + (above - below) / 2
  }
  // A dense layer above another reads one vector, whatever the directions below.
  const beside = place.bidirectional && place.rows[place.index + 1]?.kind !== 'output'
  return beside ? besideFeeds(place, geometry) : straightFeeds(place, geometry)
}

/** One direction: a line up each column from the row below, its label on the right. */
function straightFeeds(place: FeedPlace, {symbol, target, baseline}: FeedGeometry): Item[] {
  const source = place.boxes[place.index + 1] as RowBox
  return place.columns.flatMap((column): Item[] => [
    {
      kind: 'edge',
      points: [
        [column, source.top],
        [column, target.bottom]
      ],
      head: true
    },
    {
      kind: 'text',
      x: column + labelPad,
      y: baseline,
      anchor: 'start',
      line: symbol,
      tone: 'text'
    }
  ])
}

/** Two directions: lines beside the columns, and a join where a layer reads both below it. */
function besideFeeds(place: FeedPlace, geometry: FeedGeometry): Item[] {
  const {rows, boxes, index, columns, offset: d} = place
  const {row, symbol, target, middle, baseline} = geometry
  // Which lines end here and where they start: a forward row's line comes
  // from two rows down past the backward row (or from the inputs just
  // below), a backward row's from two rows down past the forward row.
  const backward = row.kind === 'state' && row.view?.direction === 'backward'
  const feeds: Array<{readonly shift: number; readonly from: number; readonly label: boolean}> =
    row.kind === 'output'
      ? [
          {shift: -d, from: sourceTop(rows, boxes, index, 2), label: false},
          {shift: d, from: sourceTop(rows, boxes, index, 1), label: true}
        ]
      : [{shift: backward ? d : -d, from: sourceTop(rows, boxes, index, 2), label: true}]
  // Where a layer reads both directions of the one below, join them.
  const joins = row.kind === 'state' && !backward && rows[index + 1]?.kind === 'state'
  const items: Item[] = []
  for (const column of columns) {
    for (const feed of feeds) {
      items.push({
        kind: 'edge',
        points: [
          [column + feed.shift, feed.from],
          [column + feed.shift, target.bottom]
        ],
        head: true
      })
      if (!feed.label) continue
      const onLeft = feed.shift < 0
      items.push({
        kind: 'text',
        x: column + feed.shift + (onLeft ? -labelPad : labelPad),
        y: baseline,
        anchor: onLeft ? 'end' : 'start',
        line: symbol,
        tone: 'text'
      })
    }

    if (joins) {
      items.push({
        kind: 'edge',
        points: [
          [column - d, middle],
          [column + d, middle]
        ],
        head: false
      })
    }
  }

  return items
}

/** The top of the box a line `distance` rows below row `index` starts from (the inputs when nearer). */
function sourceTop(
  rows: readonly GridRow[],
  boxes: ReadonlyArray<{readonly top: number}>,
  index: number,
  distance: number
): number {
  const below = rows[index + 1]
  const at = below?.kind === 'input' ? index + 1 : index + distance
  return (boxes[at] as {top: number}).top
}
