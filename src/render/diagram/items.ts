/** Where a piece of text sits relative to the baseline. */
export type Shift = 'base' | 'sub' | 'sup'

/** A stretch of text in one position: `W`, then `xh` as a subscript. */
export interface Run {
  readonly text: string
  readonly shift: Shift
}

/** One line of text made of runs. */
export type Line = readonly Run[]

/** What a text is: a label, a secondary line (shapes), a heading or a node's name. */
export type TextTone = 'text' | 'muted' | 'heading'

/** What a box stands for; each has its own colours. */
export type BoxTone = 'input' | 'hidden' | 'output' | 'concat' | 'gate'

export interface TextItem {
  readonly kind: 'text'
  readonly x: number
  /** The baseline. */
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
  readonly line: Line
  readonly tone: TextTone
}

export interface BoxItem {
  readonly kind: 'box'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly tone: BoxTone
}

/** A connection: a polyline, with an arrowhead at its last point when `head`. */
export interface EdgeItem {
  readonly kind: 'edge'
  readonly points: ReadonlyArray<readonly [number, number]>
  readonly head: boolean
}

/** The recurrent loop: a curve from `from` to `to` bulging `side`-wards by `reach`. */
export interface LoopItem {
  readonly kind: 'loop'
  readonly x: number
  readonly from: number
  readonly to: number
  readonly reach: number
}

/** A small bar standing for one row of a bias vector. */
export interface BarItem {
  readonly kind: 'bar'
  readonly x: number
  readonly y: number
  readonly width: number
}

export type Item = TextItem | BoxItem | EdgeItem | LoopItem | BarItem

/** A laid-out part of the picture in its own coordinates, from (0, 0). */
export interface Section {
  readonly width: number
  readonly height: number
  readonly items: readonly Item[]
}

/** Move an item by (dx, dy). */
export function moved(item: Item, dx: number, dy: number): Item {
  switch (item.kind) {
    case 'edge':
      return {...item, points: item.points.map(([x, y]) => [x + dx, y + dy] as const)}
    case 'loop':
      return {...item, x: item.x + dx, from: item.from + dy, to: item.to + dy}
    default:
      return {...item, x: item.x + dx, y: item.y + dy}
  }
}
