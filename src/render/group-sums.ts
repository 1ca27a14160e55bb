import type {Breakdown, Term, TermGroup} from '../core/index.js'

/** Groups in the order the seed lesson adds them up. */
const termGroups: readonly TermGroup[] = ['embedding', 'input', 'recurrent', 'dense', 'output']

/** Beyond this many terms a group shows its subtotal, keeping big stacks readable. */
const maxSummands = 6

/** A group's terms, or its subtotal when it has too many to list. */
export interface GroupSum {
  readonly group: TermGroup
  readonly terms: readonly Term[]
  /** The counts written in the total's sum: every term's, or just the subtotal. */
  readonly summands: readonly number[]
  /** The counts written in the group's own subtotal row: every term's, or per layer (or direction) in big stacks. */
  readonly rowSummands: readonly number[]
  readonly subtotal: number
}

/** Sum the terms of each part, in order of first appearance. */
function partSums(terms: readonly Term[], part: (term: Term) => unknown): number[] {
  const sums = new Map<unknown, number>()
  for (const term of terms) sums.set(part(term), (sums.get(part(term)) ?? 0) + term.count)
  return [...sums.values()]
}

/**
 * A subtotal row's sum: the terms when there are few, else one summand per
 * layer (or per direction of a single layer), so a stack's row still shows
 * how its subtotal comes about.
 */
function subtotalSummands(terms: readonly Term[]): number[] {
  if (terms.length <= maxSummands) return terms.map((term) => term.count)
  const layers = partSums(terms, (term) => term.layer)
  if (layers.length > 1) return layers
  // A layer's group has at most four terms per direction: more than six
  // terms in one layer come from both directions.
  return partSums(terms, (term) => term.direction)
}

/** The non-empty groups of a breakdown, each with the counts its sum shows. */
export function groupSums(breakdown: Breakdown): GroupSum[] {
  return termGroups.flatMap((group) => {
    const terms = breakdown.terms.filter((term) => term.group === group)
    if (terms.length === 0) return []
    const subtotal = breakdown.groups[group]
    const summands = terms.length > maxSummands ? [subtotal] : terms.map((term) => term.count)
    return [{group, terms, summands, rowSummands: subtotalSummands(terms), subtotal}]
  })
}

/**
 * The seed's total: `20 + (25 + 5) + (15 + 3)`, a group in parentheses when it
 * has more than one summand. `write` formats each number; `plus` joins them.
 */
export function totalSum(
  sums: readonly GroupSum[],
  write: (value: number) => string,
  plus: string
): string {
  return sums
    .map(({summands}) => {
      const inner = summands.map(write).join(plus)
      return summands.length > 1 && sums.length > 1 ? `(${inner})` : inner
    })
    .join(plus)
}
