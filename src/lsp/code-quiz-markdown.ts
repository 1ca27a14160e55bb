import type {CodeBreakdown} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import type {CodeQuizVerdict} from '../directives/code-quiz-verdict.js'
import {formatValues, optionLetter} from '../render/index.js'

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
  const said = `**Answer: ${values}** (${why}).`
  if (options === 'unreadable' || options === 'none') return said
  if (options === 'generated') return `${said}\n\nNo options listed: they are generated.`
  const {verdicts, key} = options
  const right = options.right[0] ?? -1
  const head =
    right === -1
      ? `**No option is right**: ${why} is ${values}.`
      : `**Answer ${optionLetter(right)}** (${values}): ${why} is ${values}.${key !== undefined && key !== right ? ` The key says ${optionLetter(key)}.` : ''}`
  const lines = verdicts.map((verdict, index) => {
    const mark = verdict.correct ? '✓' : '✗'
    const mistakes = verdict.mistakes.map(explanation).join(', or ')
    return `- ${mark} ${optionLetter(index)}: ${formatValues(verdict.values, plain)}${mistakes ? ` (${mistakes})` : ''}`
  })
  return [head, '', ...lines].join('\n')
}
