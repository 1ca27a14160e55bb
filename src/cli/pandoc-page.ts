import type {Point, Position} from 'unist'
import type {PandocDirective} from './pandoc-batch.js'

// The Pandoc directives written as one remark page (`:::rnn{…}` … `:::` and
// `:rnn[…]{…}`), so the plugin's own pipeline reads, checks and expands
// them exactly as on any remark site, and a map from the page's places back
// to the author's file for every message.

/** Where one directive stands in the written page, and how its places map back. */
export interface PlacedDirective {
  readonly directive: PandocDirective
  /** Its index in the batch. */
  readonly index: number
  /** Its first and last line in the written page. */
  readonly start: number
  readonly end: number
  /** The page's column of the first character of its attributes. */
  readonly attributesColumn: number
}

export interface PandocPage {
  readonly text: string
  readonly placed: readonly PlacedDirective[]
}

/** A fence longer than any run of colons that starts a line of the content, so the content cannot close it. */
function fenceFor(content: string): string {
  const longest = Math.max(
    2,
    ...[...content.matchAll(/^ *:+/gm)].map((match) => match[0].trimStart().length)
  )
  return ':'.repeat(longest + 1)
}

/** The page's column of a span's label: after `:rnn[`. */
const spanLabelColumn = 6

/** The directive in remark's syntax, as lines, and the column its attributes start at. */
function written(directive: PandocDirective): {lines: string[]; attributesColumn: number} {
  if (directive.kind === 'span') {
    // One line: a label with a line break would not be a label in either syntax.
    const label = directive.content.replace(/\s*\n\s*/g, ' ')
    const head = `:rnn[${label}]{`
    return {lines: [head + directive.attributes + '}'], attributesColumn: head.length + 1}
  }

  const fence = fenceFor(directive.content)
  const head = `${fence}${directive.name}{`
  const content = directive.content.replace(/\n+$/, '')
  return {
    lines: [head + directive.attributes + '}', ...(content ? content.split('\n') : []), fence],
    attributesColumn: head.length + 1
  }
}

/** The directives of a batch as one page, each a block of its own; fences Pandoc did not read stay out. */
export function pandocPage(directives: readonly PandocDirective[]): PandocPage {
  const lines: string[] = []
  const placed: PlacedDirective[] = []
  directives.forEach((directive, index) => {
    if (directive.kind === 'unparsed') return
    const {lines: own, attributesColumn} = written(directive)
    const start = lines.length + 1
    lines.push(...own, '')
    placed.push({directive, index, start, end: start + own.length - 1, attributesColumn})
  })
  return {text: lines.join('\n'), placed}
}

/** The directive a line of the page belongs to. */
export function directiveAt(page: PandocPage, line: number): PlacedDirective | undefined {
  return page.placed.find((placed) => line >= placed.start && line <= placed.end)
}

/**
 * A place in the page as a place in the author's file: on the first line,
 * the attributes map column for column when they are the author's text
 * (the rest of the line, and attributes rebuilt from Pandoc's reading, to
 * the directive's start); inside the content, line for line when it is the
 * author's text, else to the directive's start.
 */
export function authorPoint(placed: PlacedDirective, point: Point): Point {
  const {directive} = placed
  const start = {line: directive.line, column: directive.column}
  if (point.line === placed.start) {
    if (point.column < placed.attributesColumn) {
      // A span's label: `:rnn[` is the page's `[`, at the directive's start.
      if (directive.kind !== 'span' || point.column < spanLabelColumn) return start
      return {line: directive.line, column: directive.column + point.column - spanLabelColumn + 1}
    }

    if (directive.attributesColumn === undefined) return start
    const column = point.column - placed.attributesColumn + directive.attributesColumn
    return {line: directive.line, column}
  }

  if (directive.contentLine === undefined) return start
  return {line: directive.contentLine + point.line - placed.start - 1, column: point.column}
}

/** A message's place in the page as a place in the author's file; none where the filter could not tell where the directive is. */
export function authorPlace(
  page: PandocPage,
  place: Point | Position | undefined
): Point | Position | undefined {
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const placed = directiveAt(page, start.line)
  if (!placed?.directive.line) return undefined
  if (!('start' in place)) return authorPoint(placed, place)
  return {start: authorPoint(placed, place.start), end: authorPoint(placed, place.end)}
}
