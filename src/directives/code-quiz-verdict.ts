import type {CodeBreakdown} from '../core/code/index.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer} from './code-quiz-judge.js'
import type {OptionsFound} from './quiz-options.js'
import {rightOptions} from './quiz-verdict.js'

/** The author's options of a quiz on code judged: each one's verdict, which are right, and the key. */
export interface CodeListedOptions {
  readonly verdicts: readonly CodeVerdict[]
  readonly right: readonly number[]
  readonly key: number | undefined
}

/**
 * What the build found of a quiz on a model read from code, left on the
 * file's record (directive-record.ts) for editors, as QuizVerdict is for a
 * network described by attributes: the asked quantities and the right
 * numbers, and each listed option's verdict.
 */
export interface CodeQuizVerdict {
  readonly ask: readonly string[]
  readonly answer: readonly number[]
  readonly options: CodeListedOptions | 'generated' | 'unreadable' | 'none'
}

/** A quiz on code's verdict once its `ask` is read, from what its options were found to be (checkOptions). */
export function codeQuizVerdict(
  code: CodeBreakdown,
  ask: readonly string[],
  found: OptionsFound<CodeVerdict> | 'none'
): CodeQuizVerdict {
  const answer = codeAnswer(code, ask)
  if (typeof found === 'string') return {ask, answer, options: found}
  return {
    ask,
    answer,
    options: {verdicts: found.verdicts, right: rightOptions(found.verdicts), key: found.key}
  }
}
