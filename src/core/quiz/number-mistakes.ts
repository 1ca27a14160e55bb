import type {Breakdown} from '../breakdown.js'
import type {MistakeKind} from './check-quiz.js'
import {byLikelihood, mistakenAnswers, sameValues} from './check-quiz.js'

/** A wrong answer a number question knows: the numbers typical mistakes give and those mistakes. */
export interface MistakenValues {
  /** One number per asked quantity, in `ask` order. */
  readonly values: readonly number[]
  /** Every typical mistake that gives exactly these numbers, the likeliest first. */
  readonly mistakes: readonly MistakeKind[]
}

/**
 * The distinct wrong answers typical mistakes give for this network and
 * `ask`, most common mistake first: what a number question recognises when
 * a student types it. Two mistakes that give the same numbers share one entry.
 */
export function mistakenValues(breakdown: Breakdown, ask: readonly string[]): MistakenValues[] {
  const found: Array<{values: readonly number[]; mistakes: MistakeKind[]}> = []
  for (const {mistake, values} of mistakenAnswers(breakdown, ask)) {
    const known = found.find((entry) => sameValues(entry.values, values))
    if (known) known.mistakes.push(mistake)
    else found.push({values, mistakes: [mistake]})
  }

  return found.map((entry) => ({...entry, mistakes: byLikelihood(entry.mistakes)}))
}
