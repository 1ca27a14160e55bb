import type {ElementContent} from 'hast'
import {lmsHtml} from './lms-html.js'
import type {LmsNumericPart} from './lms-number.js'
import {numericParts} from './lms-number.js'
import type {LmsChoiceVariant, LmsQuestion} from './lms-question.js'
import type {XmlElement} from './xml-element.js'
import {xmlDocument} from './xml-element.js'

/** Moodle category paths use `/` between levels; a slash in a name is doubled. */
export function categoryName(name: string): string {
  return name.replace(/\//g, '//')
}

function htmlField(parent: XmlElement, element: string, html: string): void {
  parent.ele(element, {format: 'html'}).ele('text').dat(html)
}

/** What every question has: name, text, general feedback, grade, penalty, visibility. */
function questionHeader(
  quiz: XmlElement,
  type: string,
  content: {name: string; stem: ElementContent[]; generalFeedback: ElementContent[]}
): XmlElement {
  const question = quiz.ele('question', {type})
  question.ele('name').ele('text').txt(content.name)
  htmlField(question, 'questiontext', lmsHtml(content.stem))
  htmlField(question, 'generalfeedback', lmsHtml(content.generalFeedback))
  question.ele('defaultgrade').txt('1')
  question.ele('penalty').txt('0.3333333')
  question.ele('hidden').txt('0')
  return question
}

function multichoice(quiz: XmlElement, variant: LmsChoiceVariant): void {
  const question = questionHeader(quiz, 'multichoice', variant)
  question.ele('single').txt('true')
  // Shuffled, the key following its option: the general feedback names options by their numbers.
  question.ele('shuffleanswers').txt('1')
  question.ele('answernumbering').txt('ABCD')
  for (const choice of variant.choices) {
    const answer = question.ele('answer', {fraction: choice.correct ? '100' : '0', format: 'html'})
    answer.ele('text').dat(lmsHtml(choice.content))
    htmlField(answer, 'feedback', lmsHtml(choice.feedback))
  }
  formulaHint(question, variant.formulaHint)
}

/** Moodle's hint (shown between tries in interactive mode): the formulas in symbols, no numbers. */
function formulaHint(question: XmlElement, hint: readonly ElementContent[]): void {
  htmlField(question, 'hint', lmsHtml(hint))
}

function numericalAnswer(
  question: XmlElement,
  fraction: string,
  value: string,
  feedback: ElementContent[]
): void {
  const answer = question.ele('answer', {fraction, format: 'html'})
  answer.ele('text').txt(value)
  // Counts are exact: only the number itself is accepted.
  if (value !== '*') answer.ele('tolerance').txt('0')
  htmlField(answer, 'feedback', lmsHtml(feedback))
}

/**
 * A `numerical` question as Moodle's XML import reads it: the key at
 * fraction 100 with tolerance 0, each mistake's number at fraction 0 with
 * its feedback, then `*` (any other number) with a hint; no units.
 */
function numerical(quiz: XmlElement, part: LmsNumericPart): void {
  const question = questionHeader(quiz, 'numerical', part)
  numericalAnswer(question, '100', String(part.right.value), part.right.feedback)
  for (const mistake of part.mistakes)
    numericalAnswer(question, '0', String(mistake.value), mistake.feedback)
  numericalAnswer(question, '0', '*', part.hint)
  // No units: 3 is Moodle's "units are not used", 0 grades them not at all.
  question.ele('unitgradingtype').txt('0')
  question.ele('showunits').txt('3')
  question.ele('unitsleft').txt('0')
  formulaHint(question, part.formulaHint)
}

/**
 * A Moodle XML question-bank file: per quiz, a category holding its variants
 * (so a quiz can draw a random question from it), each a multiple-choice or
 * numerical question with per-answer feedback and the worked solution as
 * general feedback.
 */
export function moodleXml(questions: readonly LmsQuestion[]): string {
  const quiz = xmlDocument('quiz')
  for (const question of questions) {
    const category = quiz.ele('question', {type: 'category'})
    category
      .ele('category')
      .ele('text')
      .txt(`$course$/top/${categoryName(question.page)}/${categoryName(question.name)}`)
    for (const variant of question.variants) {
      if (variant.type === 'number') for (const part of numericParts(variant)) numerical(quiz, part)
      else multichoice(quiz, variant)
    }
  }

  return quiz.end()
}
