import {lmsHtml} from './lms-html.js'
import type {LmsNumericPart} from './lms-number.js'
import {numericParts} from './lms-number.js'
import type {LmsChoiceVariant, LmsQuestion, LmsVariant} from './lms-question.js'
import {categoryName} from './moodle-xml.js'

/**
 * A field on one line: GIFT is read line by line (a blank line ends a
 * question, `$CATEGORY:` takes the rest of its line), so a line break in a
 * title or a heading would start GIFT source of its own.
 */
export function giftLine(text: string): string {
  return text.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ')
}

/** GIFT's escapes on one line: a backslash before each of its special characters, and before a backslash. */
export function giftEscape(text: string): string {
  return giftLine(text).replace(/[\\~=#{}:]/g, (character) => `\\${character}`)
}

function giftChoice(variant: LmsChoiceVariant): string {
  const lines = [`::${giftEscape(variant.name)}::[html]${giftEscape(lmsHtml(variant.stem))}{`]
  for (const choice of variant.choices) {
    lines.push(
      `${choice.correct ? '=' : '~'}${giftEscape(lmsHtml(choice.content))}#${giftEscape(lmsHtml(choice.feedback))}`
    )
  }

  lines.push(`####${giftEscape(lmsHtml(variant.generalFeedback))}`, '}')
  return lines.join('\n')
}

/**
 * A numeric question: `{#` then the key (`=32`, tolerance 0 by default), each
 * mistake's number at 0 % with its feedback (`=%0%28#…`), general feedback.
 * Numbers are written in plain digits, as GIFT reads them.
 */
function giftNumeric(part: LmsNumericPart): string {
  const answer = (prefix: string, value: number, feedback: string) =>
    `${prefix}${value}#${giftEscape(feedback)}`
  return [
    `::${giftEscape(part.name)}::[html]${giftEscape(lmsHtml(part.stem))}{#`,
    answer('=', part.right.value, lmsHtml(part.right.feedback)),
    ...part.mistakes.map((mistake) => answer('=%0%', mistake.value, lmsHtml(mistake.feedback))),
    `####${giftEscape(lmsHtml(part.generalFeedback))}`,
    '}'
  ].join('\n')
}

function giftQuestions(variant: LmsVariant): string[] {
  return variant.type === 'number' ? numericParts(variant).map(giftNumeric) : [giftChoice(variant)]
}

/**
 * GIFT text for Moodle's GIFT import: per quiz a `$CATEGORY:` line, then one
 * question per variant (a number question asking for several quantities:
 * one per quantity), each with per-answer feedback (`#…`) and the worked
 * solution as general feedback (`####…`). Blank lines separate questions, so
 * the HTML is kept on one line.
 */
export function giftText(questions: readonly LmsQuestion[]): string {
  const blocks = [
    '// Questions from remark-rnn: multiple choice and numeric, checked against the parameter count.'
  ]
  for (const question of questions) {
    blocks.push(
      // Moodle reads the category line as it is (no escapes), so it is only kept on one line.
      giftLine(
        `$CATEGORY: $course$/top/${categoryName(question.page)}/${categoryName(question.name)}`
      )
    )
    for (const variant of question.variants) blocks.push(...giftQuestions(variant))
  }

  return blocks.join('\n\n') + '\n'
}
