import type {Breakdown, Term, TermGroup} from '../core/index.js'

/** Groups in the order the seed lesson adds them up. */
export const termGroups: readonly TermGroup[] = ['embedding', 'input', 'recurrent', 'output']

/** Beyond this many terms a group shows its subtotal, keeping big stacks readable. */
const maxSummands = 6

/** A group's terms, or its subtotal when it has too many to list. */
export interface GroupSum {
  readonly group: TermGroup
  readonly terms: readonly Term[]
  /** The counts written in the sum: every term's, or just the subtotal. */
  readonly summands: readonly number[]
  readonly subtotal: number
}

/** The non-empty groups of a breakdown, each with the counts its sum shows. */
export function groupSums(breakdown: Breakdown): GroupSum[] {
  return termGroups.flatMap((group) => {
    const terms = breakdown.terms.filter((term) => term.group === group)
    if (terms.length === 0) return []
    const subtotal = breakdown.groups[group]
    const summands = terms.length > maxSummands ? [subtotal] : terms.map((term) => term.count)
    return [{group, terms, summands, subtotal}]
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
