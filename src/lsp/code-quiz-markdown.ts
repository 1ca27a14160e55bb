import type {CodeBreakdown} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import type {CodeQuizVerdict} from '../directives/code-quiz-verdict.js'
import {formatValues} from '../render/index.js'
import {quizOptionsMarkdown} from './quiz-options-markdown.js'

const plain = {thousandsSeparator: ','}

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
