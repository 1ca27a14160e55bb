import type {CodeBreakdown} from '../core/code/index.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer, judgeCodeOptions} from './code-quiz-judge.js'
import {readKey, readOptions} from './quiz-options.js'
import type {QuizNode} from './quiz-variants.js'

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

/** A quiz on code's verdict once its `ask` is read: a number question's, or its listed options judged. */
export function codeQuizVerdict(
  node: QuizNode,
  code: CodeBreakdown,
  ask: readonly string[],
  number: boolean
): CodeQuizVerdict {
  const answer = codeAnswer(code, ask)
  if (number) return {ask, answer, options: 'none'}
  const reading = readOptions(node, ask.length)
  if (!reading.ok) return {ask, answer, options: 'unreadable'}
  if (reading.options.length === 0) return {ask, answer, options: 'generated'}
  const verdicts = judgeCodeOptions(
    code,
    ask,
    reading.options.map((option) => option.values)
  )
  const right = verdicts.flatMap((verdict, index) => (verdict.correct ? [index] : []))
  const key = node.attributes?.answer ? readKey(node.attributes.answer) : undefined
  return {ask, answer, options: {verdicts, right, key}}
}
