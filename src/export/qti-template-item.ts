import type {ElementContent} from 'hast'
import type {LmsNumberVariant} from './lms-number.js'
import type {LmsChoiceVariant, LmsVariant} from './lms-question.js'
import {choiceBody, declareChoiceResponse} from './qti-item.js'
import {declareNumberResponse, entryField} from './qti-number-item.js'
import {appendHast, declareScore, itemRoot} from './qti-parts.js'
import type {XmlElement} from './xml-element.js'

/** IMS's standard processing: SCORE is 1 when RESPONSE matches `correctResponse`, else 0. */
export const matchCorrectTemplate =
  'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct'

/** An item of the package: its identifier and its XML. */
export interface QtiItemFile {
  readonly identifier: string
  readonly content: string
}

/**
 * The worked solution for teachers: a rubric block that the scorer and the
 * tutor see and the candidate does not (a template shows no feedback, and the
 * solution in the body would give the answer away).
 */
function solutionRubric(body: XmlElement, solution: readonly ElementContent[]): void {
  appendHast(body.ele('rubricBlock', {view: 'scorer tutor'}), solution)
}

/** Ends the item with the template in place of its own response processing. */
function templateProcessing(item: XmlElement): string {
  item.ele('responseProcessing', {template: matchCorrectTemplate})
  return item.end()
}

function templateChoiceItem(variant: LmsChoiceVariant, identifier: string): QtiItemFile {
  const item = itemRoot(identifier, variant.name)
  declareChoiceResponse(item, variant)
  declareScore(item)
  solutionRubric(choiceBody(item, variant), variant.generalFeedback)
  return {identifier, content: templateProcessing(item)}
}

/**
 * `match_correct` reads one response, RESPONSE: a number question asking
 * several numbers becomes one item per number, each its own point.
 */
function templateNumberItems(variant: LmsNumberVariant, identifier: string): QtiItemFile[] {
  const single = variant.fields.length === 1
  return variant.fields.map((field, index) => {
    const id = single ? identifier : `${identifier}-f${index + 1}`
    const item = itemRoot(id, single ? variant.name : `${variant.name}: ${field.label}`)
    declareNumberResponse(item, 'RESPONSE', field.key)
    declareScore(item)
    const body = item.ele('itemBody')
    appendHast(body.ele('div', {class: 'rnn-quiz-question'}), variant.stem)
    entryField(body, field, 'RESPONSE')
    solutionRubric(body, variant.generalFeedback)
    return {identifier: id, content: templateProcessing(item)}
  })
}

/**
 * One variant as QTI 2.1 items that only use the standard `match_correct`
 * template (what Blackboard and Inspera import): no per-answer feedback, the
 * worked solution kept for teachers in a rubric block.
 */
export function qtiTemplateItems(variant: LmsVariant, identifier: string): QtiItemFile[] {
  return variant.type === 'number'
    ? templateNumberItems(variant, identifier)
    : [templateChoiceItem(variant, identifier)]
}
