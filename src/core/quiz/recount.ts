import type {Breakdown, Term} from '../breakdown.js'
import type {Wiring} from '../count-parameters.js'
import {breakdownOf, groupCounts} from '../count-parameters.js'
import type {NetworkDescription} from '../description.js'

/** The counts of a changed network (or wiring), as a mistaken student gets them. */
export function recount(description: NetworkDescription, wiring?: Wiring): Breakdown | undefined {
  const analysis = breakdownOf(description, wiring)
  return analysis.ok ? analysis.breakdown : undefined
}

/** The breakdown without the terms `drop` picks; undefined when it picks none. */
export function withoutTerms(
  breakdown: Breakdown,
  drop: (term: Term) => boolean
): Breakdown | undefined {
  const terms = breakdown.terms.filter((term) => !drop(term))
  if (terms.length === breakdown.terms.length) return undefined
  const groups = groupCounts(terms)
  return {...breakdown, terms, groups, total: groups.total}
}
