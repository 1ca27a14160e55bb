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

/** What each typical mistake answers for this network and `ask`, most common first. */
export interface MistakenAnswer {
  readonly mistake: MistakeKind
  readonly values: readonly number[]
}

/**
 * Every typical mistake that can happen here, with the answer it gives
 * (computed once per question, then compared with each option).
 */
export function mistakenAnswers(breakdown: Breakdown, ask: readonly string[]): MistakenAnswer[] {
  const right = answerValues(breakdown, ask)
  const answers: MistakenAnswer[] = []
  if (right.length > 1) answers.push({mistake: 'order-swapped', values: [...right].reverse()})
  for (const mistake of mistakes) {
    const wrong = mistake.apply(breakdown)
    if (wrong) answers.push({mistake: mistake.id, values: answerValues(wrong, ask)})
  }

  return answers.filter(({values}) => !sameValues(values, right))
}

/** The typical mistakes that produce `values` for this network and `ask`. */
export function recogniseMistakes(
  breakdown: Breakdown,
  ask: readonly string[],
  values: readonly number[]
): MistakeKind[] {
  return matching(mistakenAnswers(breakdown, ask), values)
}

function matching(answers: readonly MistakenAnswer[], values: readonly number[]): MistakeKind[] {
  return answers
    .filter((answer) => sameValues(answer.values, values))
    .map((answer) => answer.mistake)
}

/** Judge every option of a question against the counting core. */
export function judgeOptions(
  breakdown: Breakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>
): OptionVerdict[] {
  const right = answerValues(breakdown, ask)
  const answers = mistakenAnswers(breakdown, ask)
  return options.map((values) =>
    sameValues(values, right)
      ? {values, correct: true, mistakes: []}
      : {values, correct: false, mistakes: matching(answers, values)}
  )
}

/** English for a recognised mistake. */
export function mistakeExplanation(id: MistakeKind): string {
  if (id === 'order-swapped') return 'the right numbers in the wrong order'
  return mistakes.find((mistake) => mistake.id === id)?.explanation ?? id
}
