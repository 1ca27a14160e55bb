import type {CodeBreakdown} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import type {CodeQuizVerdict} from '../directives/code-quiz-verdict.js'
import {formatValues, optionLetter} from '../render/index.js'

const plain = {thousandsSeparator: ','}

/** A quiz's options as the build judged them, whatever the model: each one's numbers, and the mistakes that give a wrong one. */
export interface JudgedOptions<M> {
  readonly verdicts: readonly {
    readonly values: readonly number[]
    readonly correct: boolean
    readonly mistakes: readonly M[]
  }[]
  readonly right: readonly number[]
  readonly key: number | undefined
}

/** How a hover says why the answer is right: after "Answer: …", after "Answer B (…):", and when no option is. */
export interface AnswerWords {
  readonly why: string
  readonly rightOption: string
  readonly noneRight: string
}

/**
 * Which option of a quiz is right and why, and what each wrong one
 * matches, from the verdict the build recorded (directive-record.ts): one
 * text for a quiz on a network described by attributes and one on code.
 */
export function quizOptionsMarkdown<M>(
  answer: readonly number[],
  options: JudgedOptions<M> | 'generated' | 'unreadable' | 'none',
  words: AnswerWords,
  explain: (mistake: M) => string
): string {
  const values = formatValues(answer, plain)
  const said = `**Answer: ${values}** (${words.why}).`
  // Options it cannot read are reported as problems; the answer still helps.
  if (options === 'unreadable' || options === 'none') return said
  if (options === 'generated') return `${said}\n\nNo options listed: they are generated.`
  const {verdicts, key} = options
  const right = options.right[0] ?? -1
  const keyNote = key !== undefined && key !== right ? ` The key says ${optionLetter(key)}.` : ''
  const head =
    right === -1
      ? `**No option is right**: ${words.noneRight}.`
      : `**Answer ${optionLetter(right)}** (${values}): ${words.rightOption}.${keyNote}`
  const lines = verdicts.map((verdict, index) => {
    const mark = verdict.correct ? '✓' : '✗'
    const mistakes = verdict.mistakes.map(explain).join(', or ')
    return `- ${mark} ${optionLetter(index)}: ${formatValues(verdict.values, plain)}${mistakes ? ` (${mistakes})` : ''}`
  })
  return [head, '', ...lines].join('\n')
}

const explanation = (id: string) =>
  codeMistakes.find((mistake) => mistake.id === id)?.explanation as string

/**
 * Which option of a quiz on a model read from code is right and why, and
 * what each wrong one matches: the verdict the build recorded when it
 * checked the quiz (directive-record.ts), as a quiz on a network described
 * by attributes shows it; the model's table follows it.
 */
export function codeQuizMarkdown(
  {ask, answer, options}: CodeQuizVerdict,
  breakdown: CodeBreakdown
): string {
  const values = formatValues(answer, plain)
  const asked = ask.map((name) => `\`${name}\``).join(', ')
  const why = `${asked} of this ${frameworkName(breakdown.framework)} model`
  const is = `${why} is ${values}`
  return quizOptionsMarkdown(answer, options, {why, rightOption: is, noneRight: is}, explanation)
}
