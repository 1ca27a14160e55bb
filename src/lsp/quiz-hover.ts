import type {Breakdown} from '../core/index.js'
import {mistakeExplanation} from '../core/index.js'
import {splitAttributes} from '../directives/directive-attributes.js'
import {readAsk} from '../directives/quiz-ask.js'
import {readKey, readOptions} from '../directives/quiz-options.js'
import type {QuizNode} from '../directives/quiz-variants.js'
import {judgeAgainstCount, rightAnswer} from '../directives/quiz-verdict.js'
import {formatValues, optionLetter} from '../render/index.js'

const plain = {thousandsSeparator: ','}

/**
 * Which option of a quiz is right and why, and what each wrong one matches:
 * the build's own judgement (quiz-verdict.ts), said before the author saves.
 */
export function quizMarkdown(node: QuizNode, breakdown: Breakdown): string | undefined {
  const attributes = splitAttributes(node)
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return undefined
  const {ask} = asked
  const {values, why} = rightAnswer(breakdown, ask)
  const reading = readOptions(node, ask.length)
  const answer = `**Answer: ${values}** (${why}).`
  // Options it cannot read are reported as problems; the answer still helps.
  if (!reading.ok) return answer
  if (reading.options.length === 0) return `${answer}\n\nNo options listed: they are generated.`

  const judged = judgeAgainstCount(
    breakdown,
    ask,
    reading.options.map((option) => option.values)
  )
  const {verdicts} = judged
  const key = attributes.answer === undefined ? undefined : readKey(attributes.answer)
  const right = judged.right[0] ?? -1
  const head =
    right === -1
      ? `**No option is right**: the answer is ${values} (${why}).`
      : `**Answer ${optionLetter(right)}** (${values}): ${why}.${key !== undefined && key !== right ? ` The key says ${optionLetter(key)}.` : ''}`
  const lines = verdicts.map((verdict, index) => {
    const mark = verdict.correct ? '✓' : '✗'
    const mistakes = verdict.mistakes.map(mistakeExplanation).join(', or ')
    return `- ${mark} ${optionLetter(index)}: ${formatValues(verdict.values, plain)}${mistakes ? ` (${mistakes})` : ''}`
  })
  return [head, '', ...lines].join('\n')
}
