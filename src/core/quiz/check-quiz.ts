import type {Breakdown} from '../breakdown.js'
import {quantityOf} from '../quantity.js'
import type {Mistake, MistakeId} from './mistakes.js'
import {mistakes} from './mistakes.js'

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

/** The values an answer gives for the asked quantities, in order; a term a network lacks counts 0. */
export function answerValues(breakdown: Breakdown, ask: readonly string[]): number[] {
  return ask.map((name) => quantityOf(breakdown, name) ?? 0)
}

export function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}

/** A typical mistake, or giving the right numbers in the wrong order. */
export type MistakeKind = MistakeId | 'order-swapped'

/** What an option is: the right answer, or the typical mistakes that give it (maybe none). */
export interface OptionVerdict {
  readonly values: readonly number[]
  readonly correct: boolean
  /** Every typical mistake that gives exactly these values, the likeliest first (`byLikelihood`). */
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

/** How likely a mistake is, 0 the likeliest: the right numbers in another order are exactly that. */
function rankOf(kind: MistakeKind): number {
  if (kind === 'order-swapped') return 0
  return (mistakes.find((mistake) => mistake.id === kind) as Mistake).rank
}

/** Mistakes that give the same numbers, the likeliest first (a forgotten bias before a swap). */
export function byLikelihood<T extends MistakeKind>(kinds: readonly T[]): T[] {
  return [...kinds].sort((a, b) => rankOf(a) - rankOf(b))
}

/** The typical mistakes that produce `values` for this network and `ask`. */
export function recogniseMistakes(
  breakdown: Breakdown,
  ask: readonly string[],
  values: readonly number[]
): MistakeKind[] {
  return matching(mistakenAnswers(breakdown, ask), answerValues(breakdown, ask), values)
}

/** The same numbers in another order: `110, 50, 22` for `50, 110, 22`, a reversal or any other swap. */
function reordered(values: readonly number[], right: readonly number[]): boolean {
  if (values.length !== right.length || sameValues(values, right)) return false
  const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b)
  return sameValues(sorted(values), sorted(right))
}

/**
 * The mistakes behind `values`: the listed answers that give them, and any
 * order of the right numbers but their own (the listed answers hold only the
 * reversal, which generated options use; recognition takes every order).
 */
function matching(
  answers: readonly MistakenAnswer[],
  right: readonly number[],
  values: readonly number[]
): MistakeKind[] {
  const listed = byLikelihood(
    answers.filter((answer) => sameValues(answer.values, values)).map((answer) => answer.mistake)
  )
  if (!reordered(values, right) || listed.includes('order-swapped')) return listed
  return ['order-swapped', ...listed]
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
      : {values, correct: false, mistakes: matching(answers, right, values)}
  )
}

/** English for a recognised mistake. */
export function mistakeExplanation(id: MistakeKind): string {
  if (id === 'order-swapped') return 'the right numbers in the wrong order'
  return mistakes.find((mistake) => mistake.id === id)?.explanation ?? id
}
