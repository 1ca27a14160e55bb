import type {Point, Position} from 'unist'
import {kebab} from '../core/index.js'
import type {AttributePlace, ProblemTarget} from './places.js'
import {mapsExactly, placesOf, slicePosition} from './places.js'
import type {Problem} from './report.js'

/** Where a problem's message goes, and the fixes that are right for exactly that text. */
export interface ProblemPlace {
  readonly place: Position | undefined
  /**
   * The problem's `expected`, kept only when the place is exactly the text
   * it replaces: a quick fix that swaps the place for `expected[0]` then
   * gives a correct page, never a mangled one.
   */
  readonly expected: readonly string[] | undefined
}

interface Narrow {
  readonly place: Position
  /** The place is the very text `expected` replaces. */
  readonly exact: boolean
}

// A directive's places by name, built once per directive: looking each problem's name up
// in the whole list would make a line of many unknown attributes quadratic.
const placesByName = new WeakMap<readonly AttributePlace[], Map<string, AttributePlace[]>>()

/** The writings of each name, under the name as written and as kebab-case (`resetAfter` is `reset-after`). */
function indexPlaces(attributes: readonly AttributePlace[]): Map<string, AttributePlace[]> {
  const index = new Map<string, AttributePlace[]>()
  for (const place of attributes) {
    for (const key of new Set([place.name, kebab(place.name)])) {
      const written = index.get(key)
      if (written) written.push(place)
      else index.set(key, [place])
    }
  }

  return index
}

function pickAttribute(
  attributes: readonly AttributePlace[],
  name: string,
  occurrence: number | undefined
): AttributePlace | undefined {
  let index = placesByName.get(attributes)
  if (!index) {
    index = indexPlaces(attributes)
    placesByName.set(attributes, index)
  }

  const written = index.get(name) ?? []
  return occurrence === undefined ? written.at(-1) : written[occurrence]
}

/** Where each line of the last source starts: one scan per file, not one per problem. */
let lines: {source: string; starts: number[]} | undefined

function lineStarts(source: string): number[] {
  if (lines?.source !== source) {
    const starts = [0]
    for (const match of source.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
    lines = {source, starts}
  }

  return lines.starts
}

/** The point `offset` stands at in `source`. */
function pointAt(source: string, offset: number): Point {
  const starts = lineStarts(source)
  // The last line start at or before `offset`, by bisection.
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }

  return {line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset}
}

function targetPlace(
  problem: Problem,
  target: ProblemTarget,
  source: string | undefined
): Narrow | undefined {
  const places = placesOf(problem.node)
  if ('label' in target) {
    const label = places?.label
    if (!label) return undefined
    return mapsExactly(label.at, label.raw, target.read)
      ? {place: slicePosition(label.at, target.label), exact: true}
      : {place: label.at, exact: false}
  }

  if ('text' in target) {
    const at = problem.node.position
    const start = at?.start.offset
    const end = at?.end.offset
    if (!at || start === undefined || end === undefined || source === undefined) return undefined
    // The node's text as read is its source only without escapes, references or line prefixes.
    if (source.slice(start, end) !== target.read) return {place: at, exact: false}
    const [from, to] = target.text
    return {
      place: {start: pointAt(source, start + from), end: pointAt(source, start + to)},
      exact: true
    }
  }

  const attribute = places && pickAttribute(places.attributes, target.attribute, target.occurrence)
  if (!attribute) return undefined
  if (attribute.approximate) return {place: attribute.attributeAt, exact: false}
  if (target.part === 'name') return {place: attribute.nameAt, exact: true}
  if (target.part === 'attribute') return {place: attribute.attributeAt, exact: true}
  // A name written without a value: the name is what to look at, but nothing replaces it.
  if (!attribute.valueAt) return {place: attribute.nameAt, exact: false}
  if (!target.span) return {place: attribute.valueAt, exact: true}
  return target.read !== undefined && mapsExactly(attribute.valueAt, attribute.raw, target.read)
    ? {place: slicePosition(attribute.valueAt, target.span), exact: true}
    : {place: attribute.valueAt, exact: false}
}

/**
 * The place of a problem: its own `place`, else the text its target names
 * (with the places the syntax adapter recorded on the node; `source`, the
 * file's text, for spans inside a text node), else its node. `expected`
 * survives only on an exact place.
 */
export function placeProblem(problem: Problem, source?: string | undefined): ProblemPlace {
  if (problem.place) return {place: problem.place, expected: problem.expected}
  const narrow = problem.at ? targetPlace(problem, problem.at, source) : undefined
  if (narrow) return {place: narrow.place, expected: narrow.exact ? problem.expected : undefined}
  // Only the node is known: a word meant for a narrower place does not belong there.
  return {place: problem.node.position, expected: undefined}
}
