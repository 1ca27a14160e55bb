import type {Node, Point, Position} from 'unist'

/** Every word of a list written with commas or spaces, and where it stands. */
export function listWords(value: string): Array<{word: string; span: Span}> {
  return [...value.matchAll(/[^\s,]+/g)].map((match) => ({
    word: match[0],
    span: [match.index, match.index + match[0].length] as const
  }))
}

/**
 * Where one attribute of a directive is written, as the syntax adapter read
 * it: every position has offsets where the adapter knows the source.
 */
export interface AttributePlace {
  /** The name as the directive's attributes key it (`id` for `#x`, `class` for `.x`). */
  readonly name: string
  /** The name as written (`units`; the whole `#x` of a shortcut). */
  readonly nameAt: Position
  /** The whole attribute: name, `=`, the value and its quotes. */
  readonly attributeAt: Position
  /** The value's text, inside its quotes; absent for a bare name (`bidirectional`). */
  readonly valueAt?: Position | undefined
  /**
   * The value's source text exactly as written (before character references
   * are decoded). Offsets inside the value map onto the source only where
   * this equals the value as read.
   */
  readonly raw?: string | undefined
  /** Only the attribute's line is known (MyST without the page's source): nothing inside it is exact. */
  readonly approximate?: boolean | undefined
}

/** A piece of a directive's text other than its attributes: the label of `:rnn[total=68]{…}`. */
export interface TextPlace {
  readonly at: Position
  /** The source text at `at` exactly as written. */
  readonly raw: string
}

/** Everything a syntax adapter knows about where a directive's parts are written. */
export interface DirectivePlaces {
  /** Every attribute in the order written, repeats included. */
  readonly attributes: readonly AttributePlace[]
  readonly label?: TextPlace | undefined
}

declare module 'unist' {
  interface Data {
    /** Set by syntax adapters on the directives they read; see directives/places.ts. */
    rnnPlaces?: DirectivePlaces | undefined
  }
}

/** The places an adapter recorded on a directive, if any. */
export function placesOf(node: Node): DirectivePlaces | undefined {
  return node.data?.rnnPlaces
}

/** A start and end offset inside a text as read. */
export type Span = readonly [number, number]

/**
 * What in a directive a problem is about, syntax-neutrally: an attribute's
 * name, value (or a span of the value as read), or the whole attribute; a
 * span of the label; or a span of the text node the problem is on (a
 * placeholder). The adapters' places turn it into a source position.
 */
export type ProblemTarget =
  | {
      readonly attribute: string
      readonly part: 'name' | 'value' | 'attribute'
      /** Which writing of the name (0 the first); default the last, whose value counts. */
      readonly occurrence?: number | undefined
      /** Only this part of the value; `read` is the value the span counts in. */
      readonly span?: Span | undefined
      readonly read?: string | undefined
    }
  | {readonly label: Span; readonly read: string}
  | {readonly text: Span; readonly read: string}

/** A point `delta` characters after `start` on the same line. */
function shifted(start: Point, delta: number): Point {
  return {
    line: start.line,
    column: start.column + delta,
    ...(start.offset === undefined ? {} : {offset: start.offset + delta})
  }
}

/** The part of a one-line text at `at` from `span[0]` to `span[1]`. */
export function slicePosition(at: Position, span: Span): Position {
  return {start: shifted(at.start, span[0]), end: shifted(at.start, span[1])}
}

/** Offsets in `raw` stand for offsets in the text as read when the two are the same text on one line. */
export function mapsExactly(at: Position, raw: string | undefined, read: string): boolean {
  return raw === read && at.start.line === at.end.line && !/[\r\n]/.test(raw)
}
