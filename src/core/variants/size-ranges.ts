import {quote} from '../problem.js'
import {trimmedSpan} from '../read-value.js'
import {drawInteger} from './seeded-random.js'

/** The sizes a quiz may give as ranges (`inputs=2..8`, `units=8..32,4..16`, `outputs=32..64,1`). */
export const rangedAttributes = [
  'inputs',
  'units',
  'outputs',
  'proj-size',
  'vocab',
  'timesteps',
  'decoder-inputs',
  'decoder-units',
  'decoder-vocab'
] as const

/** The sizes that are lists, one entry per layer; a range may be any entry. */
const listAttributes: readonly string[] = ['units', 'outputs', 'decoder-units']

/** `2..8`: every whole number from `min` to `max`. */
export interface SizeRange {
  readonly min: number
  readonly max: number
}

/** An attribute with at least one range; list entries without `..` stay as written. */
export interface RangedAttribute {
  readonly name: string
  readonly entries: ReadonlyArray<SizeRange | string>
}

export interface RangeProblem {
  readonly attribute: string
  readonly message: string
  /** Where in the attribute's value the malformed entry stands (start and end offsets). */
  readonly span: readonly [number, number]
}

export type RangeReading =
  | {readonly ok: true; readonly ranged: readonly RangedAttribute[]}
  | {readonly ok: false; readonly problems: readonly RangeProblem[]}

/** `2..8`: two whole numbers joined by `..`, spaces allowed around it. */
export const rangePattern = /^(\d+)\s*\.\.\s*(\d+)$/

function readEntry(name: string, entry: string, start: number): SizeRange | RangeProblem {
  const span = trimmedSpan(entry, start)
  const match = rangePattern.exec(entry.trim())
  if (!match) {
    return {
      attribute: name,
      span,
      message: `${quote(`${name}=${entry.trim()}`)} is not a range: write two whole numbers joined by \`..\`, such as \`${name}=2..8\`.`
    }
  }

  const min = Number(match[1])
  const max = Number(match[2])
  if (min > max) {
    return {
      attribute: name,
      span,
      message: `${quote(`${name}=${entry.trim()}`)} runs backwards: write the smaller bound first (${quote(`${name}=${match[2]}..${match[1]}`)}).`
    }
  }

  return {min, max}
}

/**
 * The ranges among a quiz's attributes. Values without `..` are not ranges
 * and are left to the description's own checks.
 */
export function readRanges(attributes: Readonly<Record<string, string>>): RangeReading {
  const ranged: RangedAttribute[] = []
  const problems: RangeProblem[] = []
  for (const name of rangedAttributes) {
    const value = attributes[name]
    if (value === undefined || !value.includes('..')) continue
    // Only the layer lists take commas; elsewhere a comma is part of a malformed range.
    const parts = listAttributes.includes(name) ? value.split(',') : [value]
    const entries: Array<SizeRange | string> = []
    let start = 0
    for (const part of parts) {
      const at = start
      start += part.length + 1
      if (!part.includes('..')) {
        entries.push(part)
        continue
      }

      const entry = readEntry(name, part, at)
      if ('message' in entry) problems.push(entry)
      else entries.push(entry)
    }

    ranged.push({name, entries})
  }

  return problems.length > 0 ? {ok: false, problems} : {ok: true, ranged}
}

function written(
  ranged: readonly RangedAttribute[],
  pick: (range: SizeRange) => number
): Record<string, string> {
  const sizes: Record<string, string> = {}
  for (const {name, entries} of ranged) {
    sizes[name] = entries
      .map((entry) => (typeof entry === 'string' ? entry : String(pick(entry))))
      .join(',')
  }

  return sizes
}

/** One variant's sizes, as attribute text (`{inputs: '5', units: '12,7'}`). */
export function drawSizes(
  ranged: readonly RangedAttribute[],
  random: () => number
): Record<string, string> {
  return written(ranged, (range) => drawInteger(random, range.min, range.max))
}

/** The sizes at one end of every range, to check the bounds once against the description's limits. */
export function boundSizes(
  ranged: readonly RangedAttribute[],
  end: 'min' | 'max'
): Record<string, string> {
  return written(ranged, (range) => range[end])
}
