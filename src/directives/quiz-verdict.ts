import type {Node} from 'unist'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {answerValues, explainAsked, judgeOptions, mistakeExplanation} from '../core/index.js'
import {formatValues, optionLetter} from '../render/index.js'
import type {Problem} from './report.js'

const plain = {thousandsSeparator: ','}

/** `option D (20, 12): the right numbers in the wrong order`. */
function describeOption(verdict: OptionVerdict, index: number): string {
  const why =
    verdict.mistakes.length > 0 ? `: ${verdict.mistakes.map(mistakeExplanation).join(', or ')}` : ''
  return `option ${optionLetter(index)} (${formatValues(verdict.values, plain)})${why}`
}

/** The right answer to a quiz's `ask`: its numbers as written (`20, 30`) and why (`input = 4 · 5 = 20, …`). */
export function rightAnswer(
  breakdown: Breakdown,
  ask: readonly string[]
): {readonly values: string; readonly why: string} {
  return {
    values: formatValues(answerValues(breakdown, ask), plain),
    why: explainAsked(breakdown, ask, ', ')
  }
}

/** Options judged against the count: each one's verdict, and which are right. */
export interface OptionJudgement {
  readonly verdicts: OptionVerdict[]
  readonly right: number[]
}

/** Judge the options against the count (what the build and the language server's hover both say). */
export function judgeAgainstCount(
  breakdown: Breakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>
): OptionJudgement {
  const verdicts = judgeOptions(breakdown, ask, options)
  return {verdicts, right: verdicts.flatMap((verdict, index) => (verdict.correct ? [index] : []))}
}

/**
 * Judge the options against the count and the key against the options:
 * exactly one option must be right, and the key must point at it. Messages
 * say which option is right and why, and which mistake a wrong one matches.
 */
export function judgeQuiz(
  breakdown: Breakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>,
  key: number,
  node: Node
): {verdicts: OptionVerdict[]; problems: Problem[]} {
  const {verdicts, right} = judgeAgainstCount(breakdown, ask, options)
  const {values, why} = rightAnswer(breakdown, ask)
  const problems: Problem[] = []

  if (right.length === 0) {
    const recognised = verdicts.filter((verdict) => verdict.mistakes.length > 0)
    problems.push({
      ruleId: 'no-correct-option',
      reason: `No option is right: the answer is ${values} (${why}).${
        recognised.length > 0
          ? ` Typical mistakes: ${verdicts
              .map((verdict, index) =>
                verdict.mistakes.length > 0 ? describeOption(verdict, index) : ''
              )
              .filter(Boolean)
              .join('; ')}.`
          : ''
      } Add the right option.`,
      pageReason: 'No option is right. Add the right option (the build log says the answer).',
      node
    })
  } else if (right.length > 1) {
    problems.push({
      ruleId: 'several-correct-options',
      reason: `Options ${right.map(optionLetter).join(' and ')} are all right (${values}); a question needs exactly one.`,
      pageReason: 'More than one option is right; a question needs exactly one.',
      node
    })
  } else if (right[0] !== key) {
    const keyed = verdicts[key]
    const rightLetter = optionLetter(right[0] ?? 0)
    problems.push({
      ruleId: 'wrong-key',
      at: {attribute: 'answer', part: 'value'},
      reason: `Answer ${rightLetter}, not ${optionLetter(key)}: ${why}.${keyed ? ` The key points at ${describeOption(keyed, key)}.` : ''}`,
      pageReason: `The key, option ${optionLetter(key)}, is not the right answer (the build log says which is).`,
      node,
      expected: [rightLetter]
    })
  }

  return {verdicts, problems}
}
