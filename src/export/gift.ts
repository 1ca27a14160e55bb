import {lmsHtml} from './lms-html.js'
import type {LmsQuestion, LmsVariant} from './lms-question.js'
import {categoryName} from './moodle-xml.js'

/** GIFT's escapes: a backslash before each of its special characters, and before a backslash. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`)
}

function giftQuestion(variant: LmsVariant): string {
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
 * GIFT text for Moodle's GIFT import: per quiz a `$CATEGORY:` line, then one
 * question per variant, each with per-answer feedback (`#…`) and the worked
 * solution as general feedback (`####…`). Blank lines separate questions, so
 * the HTML is kept on one line.
 */
export function giftText(questions: readonly LmsQuestion[]): string {
  const blocks = [
    '// Questions from remark-rnn: multiple choice, checked against the parameter count.'
  ]
  for (const question of questions) {
    blocks.push(
      `$CATEGORY: $course$/top/${categoryName(question.page)}/${categoryName(question.name)}`
    )
    for (const variant of question.variants) blocks.push(giftQuestion(variant))
  }

  return blocks.join('\n\n') + '\n'
}
