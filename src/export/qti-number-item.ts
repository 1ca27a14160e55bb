import type {LmsNumberAnswer, LmsNumberField, LmsNumberVariant} from './lms-number.js'
import {appendHast, declareOutcomes, itemRoot, modalFeedback, setScore} from './qti-parts.js'
import type {XmlElement} from './xml-element.js'

/** An integer response keyed by its field's number. */
export function declareNumberResponse(item: XmlElement, identifier: string, key: number): void {
  item
    .ele('responseDeclaration', {identifier, cardinality: 'single', baseType: 'integer'})
    .ele('correctResponse')
    .ele('value')
    .txt(String(key))
}

/** A field's label and its text entry, in a paragraph of the item body. */
export function entryField(body: XmlElement, field: LmsNumberField, identifier: string): void {
  const entry = body.ele('p', {class: 'rnn-quiz-entry'})
  entry.txt(`${field.label}: `)
  // Room for the key's digits and a few more, so its width does not hint at the answer.
  entry.ele('textEntryInteraction', {
    responseIdentifier: identifier,
    expectedLength: String(Math.max(String(field.key).length, 4) + 2)
  })
}

/** `RESPONSE` for one field, `RESPONSE_1`, `RESPONSE_2`, … for several. */
function responseIdentifier(variant: LmsNumberVariant, index: number): string {
  return variant.fields.length === 1 ? 'RESPONSE' : `RESPONSE_${index + 1}`
}

/** The condition that every field holds the answer's number (`match` per field, `and` for several). */
function matches(rule: XmlElement, variant: LmsNumberVariant, answer: LmsNumberAnswer): void {
  const parent = variant.fields.length === 1 ? rule : rule.ele('and')
  for (const [index, value] of answer.values.entries()) {
    const match = parent.ele('match')
    match.ele('variable', {identifier: responseIdentifier(variant, index)})
    match.ele('baseValue', {baseType: 'integer'}).txt(String(value))
  }
}

/** FEEDBACK = this answer's feedback and the worked solution (general feedback), whatever was typed. */
function showFeedback(rule: XmlElement, identifier: string): void {
  const feedback = rule.ele('setOutcomeValue', {identifier: 'FEEDBACK'}).ele('multiple')
  feedback.ele('baseValue', {baseType: 'identifier'}).txt(identifier)
  feedback.ele('baseValue', {baseType: 'identifier'}).txt('general_fb')
}

/**
 * A typical mistake's feedback: `mistake_1_fb`, … (not `feedback_N_fb`,
 * which Canvas would hang on the field `RESPONSE_N`).
 */
function mistakeIdentifier(index: number): string {
  return `mistake_${index + 1}_fb`
}

/**
 * Feedback for the right numbers, for a mistake's numbers, or the hint for
 * any other answer; the worked solution every time. One number asked:
 * score 1 when right. Several: each right number adds 1 (see `fieldScores`).
 */
function numberProcessing(item: XmlElement, variant: LmsNumberVariant): void {
  const processing = item.ele('responseProcessing')
  const single = variant.fields.length === 1
  const condition = processing.ele('responseCondition')
  const right = condition.ele('responseIf')
  matches(right, variant, variant.right)
  if (single) setScore(right, '1')
  showFeedback(right, 'correct_fb')
  for (const [index, mistake] of variant.mistakes.entries()) {
    const rule = condition.ele('responseElseIf')
    matches(rule, variant, mistake)
    if (single) setScore(rule, '0')
    showFeedback(rule, mistakeIdentifier(index))
  }
  const other = condition.ele('responseElse')
  if (single) setScore(other, '0')
  showFeedback(other, 'general_incorrect_fb')
  if (!single) fieldScores(processing, variant)
}

/** Partial credit: each field holding its key adds 1 to SCORE (MAXSCORE is the field count). */
function fieldScores(processing: XmlElement, variant: LmsNumberVariant): void {
  for (const [index, field] of variant.fields.entries()) {
    const rule = processing.ele('responseCondition').ele('responseIf')
    const match = rule.ele('match')
    match.ele('variable', {identifier: responseIdentifier(variant, index)})
    match.ele('baseValue', {baseType: 'integer'}).txt(String(field.key))
    const sum = rule.ele('setOutcomeValue', {identifier: 'SCORE'}).ele('sum')
    sum.ele('variable', {identifier: 'SCORE'})
    sum.ele('baseValue', {baseType: 'float'}).txt('1')
  }
}

/**
 * A number question as a QTI 2.1 assessmentItem: one integer
 * `textEntryInteraction` per asked quantity, each keyed by its
 * `correctResponse`, and modal feedback for the right numbers, for each
 * typical mistake's numbers, for anything else, and the worked solution.
 */
export function qtiNumberItem(variant: LmsNumberVariant, identifier: string): string {
  const item = itemRoot(identifier, variant.name)
  for (const [index, field] of variant.fields.entries())
    declareNumberResponse(item, responseIdentifier(variant, index), field.key)
  declareOutcomes(item, variant.fields.length)

  const body = item.ele('itemBody')
  appendHast(body.ele('div', {class: 'rnn-quiz-question'}), variant.stem)
  for (const [index, field] of variant.fields.entries())
    entryField(body, field, responseIdentifier(variant, index))

  numberProcessing(item, variant)
  // Named as importers map them: correct, incorrect (the hint) and general comments.
  modalFeedback(item, 'correct_fb', variant.right.feedback)
  for (const [index, mistake] of variant.mistakes.entries())
    modalFeedback(item, mistakeIdentifier(index), mistake.feedback)
  modalFeedback(item, 'general_incorrect_fb', variant.hint)
  modalFeedback(item, 'general_fb', variant.generalFeedback)
  return item.end()
}
