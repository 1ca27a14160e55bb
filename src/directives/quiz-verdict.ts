import type {Node} from 'unist'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {answerValues, explainAsked, mistakeExplanation} from '../core/index.js'
import {formatValues, optionLetter} from '../render/index.js'
import type {Problem} from './report.js'

const plain = {thousandsSeparator: ','}

/** `option D (20, 12): the right numbers in the wrong order`. */
function describeOption(verdict: OptionVerdict, index: number): string {
  const why =
    verdict.mistakes.length > 0 ? `: ${verdict.mistakes.map(mistakeExplanation).join(', or ')}` : ''
  return `option ${optionLetter(index)} (${formatValues(verdict.values, plain)})${why}`
}

/** Options judged against the count: each one's verdict, and which are right. */
export interface OptionJudgement {
  readonly verdicts: OptionVerdict[]
  readonly right: number[]
}

/** The indices of the right options. */
export const rightOptions = (verdicts: readonly {readonly correct: boolean}[]): number[] =>
  verdicts.flatMap((verdict, index) => (verdict.correct ? [index] : []))

/** The author's options judged against the count, and the option the key names (when it names one). */
export interface ListedOptions extends OptionJudgement {
  readonly key: number | undefined
}

/**
 * What the build found of a quiz for its network, left on the file's record
 * (directive-record.ts) for editors: the asked quantities and the right
 * numbers, and each listed option's verdict. `generated` when no options are
 * listed, `unreadable` when they cannot be read, `none` for a number question.
 */
export interface QuizVerdict {
  /** The asked quantities, in order (why the numbers are right is the breakdown's to say). */
  readonly ask: readonly string[]
  /** The right numbers, in `ask` order. */
  readonly answer: readonly number[]
  readonly options: ListedOptions | 'generated' | 'unreadable' | 'none'
}

/** A quiz's verdict for its network, with what the check found of its options. */
export function quizVerdict(
  breakdown: Breakdown,
  ask: readonly string[],
  options: QuizVerdict['options']
): QuizVerdict {
  return {ask, answer: answerValues(breakdown, ask), options}
}

/**
 * The key checked against the judged options: exactly one option must be
 * right, and the key must point at it. Messages say which option is right
 * and why, and which mistake a wrong one matches.
 */
export function keyProblems(
  breakdown: Breakdown,
  {ask, answer}: QuizVerdict,
  {verdicts, right}: OptionJudgement,
  key: number,
  node: Node
): Problem[] {
  // A right key costs no message text.
  if (right.length === 1 && right[0] === key) return []
  const values = formatValues(answer, plain)
  const why = explainAsked(breakdown, ask, ', ')
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
  } else {
    // The key points at one of the options (quiz-options.ts checks it first).
    const keyed = verdicts[key] as OptionVerdict
    const rightLetter = optionLetter(right[0] ?? 0)
    problems.push({
      ruleId: 'wrong-key',
      at: {attribute: 'answer', part: 'value'},
      reason: `Answer ${rightLetter}, not ${optionLetter(key)}: ${why}. The key points at ${describeOption(keyed, key)}.`,
      pageReason: `The key, option ${optionLetter(key)}, is not the right answer (the build log says which is).`,
      node,
      expected: [rightLetter]
    })
  }

  return problems
}
