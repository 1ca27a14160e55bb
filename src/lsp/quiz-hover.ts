import type {Breakdown} from '../core/index.js'
import {explainAsked, mistakeExplanation} from '../core/index.js'
import type {QuizVerdict} from '../directives/quiz-verdict.js'
import {formatValues, optionLetter} from '../render/index.js'

const plain = {thousandsSeparator: ','}

/**
 * Which option of a quiz is right and why, and what each wrong one matches:
 * the verdict the build recorded when it checked the quiz (directive-record.ts),
 * said before the author saves; why the numbers are right is the recorded
 * breakdown's own formula.
 */
export function quizMarkdown({ask, answer, options}: QuizVerdict, breakdown: Breakdown): string {
  const values = formatValues(answer, plain)
  const why = explainAsked(breakdown, ask, ', ')
  const said = `**Answer: ${values}** (${why}).`
  // Options it cannot read are reported as problems; the answer still helps.
  if (options === 'unreadable' || options === 'none') return said
  if (options === 'generated') return `${said}\n\nNo options listed: they are generated.`

  const {verdicts, key} = options
  const right = options.right[0] ?? -1
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
