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

/** Whether directive `index` is a div inside an earlier div of the batch, which writes it inside its own fence. */
function isNested(directives: readonly PandocDirective[], index: number): boolean {
  const {kind, outer} = directives[index] as PandocDirective
  return kind === 'div' && outer !== undefined && outer < index && directives[outer]?.kind === 'div'
}

/**
 * Directive `index` in remark's syntax, as lines from page line `start` on,
 * each written directive placed in `placed`; a div holds the divs nested in
 * it, inside a longer fence, so the plugin sees the nesting as the author
 * wrote it.
 */
function write(
  directives: readonly PandocDirective[],
  index: number,
  start: number,
  placed: PlacedDirective[]
): string[] {
  const directive = directives[index] as PandocDirective
  if (directive.kind === 'span') {
    // One line: a label with a line break would not be a label in either syntax.
    const label = directive.content.replace(/\s*\n\s*/g, ' ')
    const head = `:rnn[${label}]{`
    placed.push({directive, index, start, end: start, attributesColumn: head.length + 1})
    return [head + directive.attributes + '}']
  }

  const content = directive.content.replace(/\n+$/, '')
  const lines = content ? content.split('\n') : []
  directives.forEach((_, inner) => {
    if (!isNested(directives, inner) || directives[inner]?.outer !== index) return
    lines.push('', ...write(directives, inner, start + lines.length + 2, placed))
  })
  const fence = fenceFor(lines.join('\n'))
  const head = `${fence}${directive.name}{`
  const end = start + lines.length + 1
  placed.push({directive, index, start, end, attributesColumn: head.length + 1})
  return [head + directive.attributes + '}', ...lines, fence]
}

/** The directives of a batch as one page, each a block of its own; fences Pandoc did not read, and fences inside quizzes, stay out. */
export function pandocPage(directives: readonly PandocDirective[]): PandocPage {
  const lines: string[] = []
  const placed: PlacedDirective[] = []
  directives.forEach((directive, index) => {
    if (directive.kind === 'unparsed' || directive.kind === 'inner-div') return
    if (isNested(directives, index)) return
    lines.push(...write(directives, index, lines.length + 1, placed), '')
  })
  return {text: lines.join('\n'), placed}
}

/** The innermost directive a line of the page belongs to. */
export function directiveAt(page: PandocPage, line: number): PlacedDirective | undefined {
  const around = page.placed.filter((placed) => line >= placed.start && line <= placed.end)
  return around.sort((a, b) => b.start - a.start)[0]
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
