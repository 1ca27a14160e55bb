import {create} from 'xmlbuilder2'
import {lmsHtml} from './lms-html.js'
import type {LmsQuestion, LmsVariant} from './lms-question.js'
import type {XmlElement} from './xml-element.js'

/** Moodle category paths use `/` between levels; a slash in a name is doubled. */
export function categoryName(name: string): string {
  return name.replace(/\//g, '//')
}

function htmlField(parent: XmlElement, element: string, html: string): void {
  parent.ele(element, {format: 'html'}).ele('text').txt(html)
}

function multichoice(quiz: XmlElement, variant: LmsVariant): void {
  const question = quiz.ele('question', {type: 'multichoice'})
  question.ele('name').ele('text').txt(variant.name)
  htmlField(question, 'questiontext', lmsHtml(variant.stem))
  htmlField(question, 'generalfeedback', lmsHtml(variant.generalFeedback))
  question.ele('defaultgrade').txt('1')
  question.ele('penalty').txt('0.3333333')
  question.ele('hidden').txt('0')
  question.ele('single').txt('true')
  // The general feedback names options by letter, so their order and letters stay as on the page.
  question.ele('shuffleanswers').txt('0')
  question.ele('answernumbering').txt('ABCD')
  for (const choice of variant.choices) {
    const answer = question.ele('answer', {fraction: choice.correct ? '100' : '0', format: 'html'})
    answer.ele('text').txt(lmsHtml(choice.content))
    htmlField(answer, 'feedback', lmsHtml(choice.feedback))
  }
}

/**
 * A Moodle XML question-bank file: per quiz, a category holding its variants
 * (so a quiz can draw a random question from it), each a multiple-choice
 * question with per-answer feedback and the worked solution as general feedback.
 */
export function moodleXml(questions: readonly LmsQuestion[]): string {
  const quiz = create({version: '1.0', encoding: 'UTF-8'}).ele('quiz')
  for (const question of questions) {
    const category = quiz.ele('question', {type: 'category'})
    category
      .ele('category')
      .ele('text')
      .txt(`$course$/top/${categoryName(question.page)}/${categoryName(question.name)}`)
    for (const variant of question.variants) multichoice(quiz, variant)
  }

  return quiz.end({prettyPrint: true}) + '\n'
}
