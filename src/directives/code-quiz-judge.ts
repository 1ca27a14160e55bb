import type {CodeBreakdown, CodeMistakeId} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {sameValues} from '../core/quiz/check-quiz.js'
import {codeQuantityNames, codeQuantityOf} from './code-quantity.js'

/** What an option of a quiz on a model read from code is: right, or the mistakes that give it. */
export interface CodeVerdict {
  readonly values: readonly number[]
  readonly correct: boolean
  /** The named mistakes that give exactly these numbers, the likeliest first. */
  readonly mistakes: readonly CodeMistakeId[]
}

/** The right numbers of the asked quantities (each one `codeQuantityOf` knows). */
export const codeAnswer = (breakdown: CodeBreakdown, ask: readonly string[]): number[] =>
  ask.map((name) => codeQuantityOf(breakdown, name) as number)

/** Each mistake that can happen here with the numbers it gives, likeliest first, none giving the right ones. */
export function codeMistakenAnswers(
  breakdown: CodeBreakdown,
  ask: readonly string[]
): Array<{readonly mistake: CodeMistakeId; readonly values: number[]}> {
  const right = codeAnswer(breakdown, ask)
  // A stable sort: mistakes of one rank keep the list's order.
  return [...codeMistakes]
    .sort((a, b) => a.rank - b.rank)
    .flatMap((mistake) => {
      const wrong = mistake.apply(breakdown)
      const values = wrong ? codeAnswer(wrong, ask) : right
      return sameValues(values, right) ? [] : [{mistake: mistake.id, values}]
    })
}

/** Judge each option's numbers against the count, naming the mistakes behind a wrong one. */
export function judgeCodeOptions(
  breakdown: CodeBreakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>
): CodeVerdict[] {
  const right = codeAnswer(breakdown, ask)
  const answers = codeMistakenAnswers(breakdown, ask)
  return options.map((values) => ({
    values,
    correct: sameValues(values, right),
    mistakes: answers
      .filter((answer) => sameValues(answer.values, values))
      .map((answer) => answer.mistake)
  }))
}

/** Options generated for a quiz without any: how many wrong ones at most. */
const wrongOptions = 3

/**
 * Generated options: the right numbers and the likeliest mistakes' (each
 * once); where mistakes give too few, another quantity of the model, then
 * twice the right numbers; in ascending order. (A model without parameters
 * is refused by the reader, so there is always a second option.)
 */
export function generateCodeOptions(
  breakdown: CodeBreakdown,
  ask: readonly string[]
): CodeVerdict[] {
  const right = codeAnswer(breakdown, ask)
  const others =
    ask.length === 1
      ? codeQuantityNames(breakdown)
          .map((name) => [codeQuantityOf(breakdown, name) as number])
          // No model has none, so 0 (nothing non-trainable) would give itself away.
          .filter(([count]) => (count as number) > 0)
      : []
  const candidates = [
    ...codeMistakenAnswers(breakdown, ask).map((answer) => answer.values),
    ...others,
    right.map((value) => value * 2)
  ]
  const chosen: number[][] = [right]
  for (const values of candidates) {
    if (chosen.length > wrongOptions) break
    if (!chosen.some((seen) => sameValues(seen, values))) chosen.push(values)
  }
  const sorted = chosen.sort((a, b) => (a[0] as number) - (b[0] as number))
  return judgeCodeOptions(breakdown, ask, sorted)
}
