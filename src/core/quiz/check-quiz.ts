import type {Breakdown} from '../breakdown.js'
import {answerValues, sameValues} from './answer-values.js'
import type {MistakeId} from './mistakes.js'
import {mistakes} from './mistakes.js'

/** A typical mistake, or giving the right numbers in the wrong order. */
export type MistakeKind = MistakeId | 'order-swapped'

/** What an option is: the right answer, or the typical mistakes that give it (maybe none). */
export interface OptionVerdict {
  readonly values: readonly number[]
  readonly correct: boolean
  /** Every typical mistake that gives exactly these values, most common first. */
  readonly mistakes: readonly MistakeKind[]
}

/** The typical mistakes that produce `values` for this network and `ask`. */
export function recogniseMistakes(
  breakdown: Breakdown,
  ask: readonly string[],
  values: readonly number[]
): MistakeKind[] {
  const right = answerValues(breakdown, ask)
  if (sameValues(right, values)) return []
  const found: MistakeKind[] = []
  if (right.length > 1 && sameValues([...right].reverse(), values)) found.push('order-swapped')
  for (const mistake of mistakes) {
    const wrong = mistake.apply(breakdown)
    if (wrong && sameValues(answerValues(wrong, ask), values)) found.push(mistake.id)
  }

  return found
}

/** Judge every option of a question against the counting core. */
export function judgeOptions(
  breakdown: Breakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>
): OptionVerdict[] {
  const right = answerValues(breakdown, ask)
  return options.map((values) =>
    sameValues(values, right)
      ? {values, correct: true, mistakes: []}
      : {values, correct: false, mistakes: recogniseMistakes(breakdown, ask, values)}
  )
}

/** English for a recognised mistake. */
export function mistakeExplanation(id: MistakeKind): string {
  if (id === 'order-swapped') return 'the right numbers in the wrong order'
  return mistakes.find((mistake) => mistake.id === id)?.explanation ?? id
}
