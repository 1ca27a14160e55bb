import type {Term} from '../../core/index.js'
import type {Item} from './items.js'
import {symbolRuns} from './symbol.js'
import {lineExtent} from './text-metrics.js'
import type {GridRow} from './unrolled-rows.js'

// The lines that feed each row of the unrolled picture from the row below
// (or from the inputs), labelled with the feeding matrix.

/** The gap between a feed line and its label. */
export const labelPad = 5
/** The height of the gap between two rows, where the feed lines run. */
export const gapHeight = 40

export type RowBox = {readonly top: number; readonly bottom: number}

/** What a row's feeding lines are drawn from. */
export interface FeedPlace {
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
export function feedLines(place: FeedPlace): Item[] {
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
