import type {Breakdown, Term, TermPart} from '../core/index.js'
import type {SolutionStrings} from './strings.js'

/** The parts of a network in the order the table lists them. */
const termParts: readonly TermPart[] = ['embedding', 'encoder', 'decoder', 'head']

/** Beyond this many terms a part's subtotal shows one summand per layer and direction, keeping big stacks readable. */
const maxSummands = 4

/** One part's terms and its subtotal. */
export interface PartSum {
  readonly part: TermPart
  readonly terms: readonly Term[]
  /** The counts its subtotal row adds up: every term's, or one per layer in big stacks. */
  readonly summands: readonly number[]
  readonly subtotal: number
}

/**
 * Whether the views group their rows by part: a network with a decoder or
 * with hidden dense layers. A network of the seed lesson's shape (one
 * recurrent stack, at most one dense layer) keeps the seed's layout, whose
 * groups are its parts already (`rnn` is the recurrent stack, `output` the
 * dense layer).
 */
export function groupedByPart(breakdown: Breakdown): boolean {
  const {description} = breakdown
  return description.decoder !== null || description.outputs.length > 1
}

/** Sum the terms of each layer (recurrent in one direction, or dense), in order of first appearance. */
function layerSums(terms: readonly Term[]): number[] {
  const sums = new Map<string, number>()
  for (const term of terms) {
    const key = `${term.stack ?? ''}/${term.layer ?? ''}/${term.direction ?? ''}/${term.dense ?? ''}`
    sums.set(key, (sums.get(key) ?? 0) + term.count)
  }

  return [...sums.values()]
}

/** The non-empty parts of a breakdown, in order, each with its subtotal. */
export function partSums(breakdown: Breakdown): PartSum[] {
  return termParts.flatMap((part) => {
    const terms = breakdown.terms.filter((term) => term.part === part)
    if (terms.length === 0) return []
    const subtotal = terms.reduce((sum, term) => sum + term.count, 0)
    const layers = layerSums(terms)
    const summands =
      terms.length > maxSummands && layers.length > 1 ? layers : terms.map((term) => term.count)
    return [{part, terms, summands, subtotal}]
  })
}

/** A part's name: the encoder is "recurrent layers" when there is no decoder. */
export function partLabel(
  part: TermPart,
  breakdown: Breakdown,
  strings: Pick<SolutionStrings, 'parts'>
): string {
  if (part === 'encoder' && breakdown.description.decoder === null) return strings.parts.recurrent
  return strings.parts[part]
}

/** One part's subtotal as the views write it: its label, its summands added up (none for one), its count. */
export interface PartSumText {
  readonly part: PartSum
  readonly label: string
  readonly sum: string
  readonly subtotal: string
}

/**
 * The subtotals of a network grouped by part, and the total as their sum
 * (`2,080 + 1,161`), with the view's own number format: what the table, the
 * derivation, the diagram and the terminal each lay out their way.
 */
export function partSumTexts(
  breakdown: Breakdown,
  strings: Pick<SolutionStrings, 'parts'>,
  count: (value: number) => string
): {readonly parts: readonly PartSumText[]; readonly total: string} {
  const sums = partSums(breakdown)
  return {
    parts: sums.map((part) => ({
      part,
      label: partLabel(part.part, breakdown, strings),
      sum: part.summands.length > 1 ? part.summands.map(count).join(' + ') : '',
      subtotal: count(part.subtotal)
    })),
    total: sums.map((part) => count(part.subtotal)).join(' + ')
  }
}
