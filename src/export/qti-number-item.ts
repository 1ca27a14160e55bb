import type {LmsNumberAnswer, LmsNumberVariant} from './lms-number.js'
import {appendHast, declareOutcomes, itemRoot, modalFeedback, setScore} from './qti-parts.js'
import type {XmlElement} from './xml-element.js'

/** `RESPONSE` for one field, `RESPONSE_1`, `RESPONSE_2`, … for several. */
function responseIdentifier(variant: LmsNumberVariant, index: number): string {
  return variant.labels.length === 1 ? 'RESPONSE' : `RESPONSE_${index + 1}`
}

/** The condition that every field holds the answer's number (`match` per field, `and` for several). */
function matches(rule: XmlElement, variant: LmsNumberVariant, answer: LmsNumberAnswer): void {
  const parent = variant.labels.length === 1 ? rule : rule.ele('and')
  for (const [index, value] of answer.values.entries()) {
    const match = parent.ele('match')
    match.ele('variable', {identifier: responseIdentifier(variant, index)})
    match.ele('baseValue', {baseType: 'integer'}).txt(String(value))
  }
}

/** FEEDBACK = this answer's feedback and the worked solution, whatever was typed. */
function showFeedback(rule: XmlElement, identifier: string): void {
  const feedback = rule.ele('setOutcomeValue', {identifier: 'FEEDBACK'}).ele('multiple')
  feedback.ele('baseValue', {baseType: 'identifier'}).txt(identifier)
  feedback.ele('baseValue', {baseType: 'identifier'}).txt('SOLUTION')
}

/**
 * Score 1 for the right numbers; for a mistake's numbers its feedback, for
 * any other answer the hint; the worked solution every time.
 */
function numberProcessing(item: XmlElement, variant: LmsNumberVariant): void {
  const condition = item.ele('responseProcessing').ele('responseCondition')
  const right = condition.ele('responseIf')
  matches(right, variant, variant.right)
  setScore(right, '1')
  showFeedback(right, 'RIGHT')
  for (const [index, mistake] of variant.mistakes.entries()) {
    const rule = condition.ele('responseElseIf')
    matches(rule, variant, mistake)
    setScore(rule, '0')
    showFeedback(rule, `MISTAKE_${index + 1}`)
  }
  const other = condition.ele('responseElse')
  setScore(other, '0')
  showFeedback(other, 'HINT')
}

/**
 * A number question as a QTI 2.1 assessmentItem: one integer
 * `textEntryInteraction` per asked quantity, each keyed by its
 * `correctResponse`, and modal feedback for the right numbers, for each
 * typical mistake's numbers, for anything else, and the worked solution.
 */
export function qtiNumberItem(variant: LmsNumberVariant, identifier: string): string {
  const item = itemRoot(identifier, variant.name)
  for (const [index, value] of variant.right.values.entries()) {
    item
      .ele('responseDeclaration', {
        identifier: responseIdentifier(variant, index),
        cardinality: 'single',
        baseType: 'integer'
      })
      .ele('correctResponse')
      .ele('value')
      .txt(String(value))
  }
  declareOutcomes(item)

  const body = item.ele('itemBody')
  appendHast(body.ele('div', {class: 'rnn-quiz-question'}), variant.stem)
  for (const [index, label] of variant.labels.entries()) {
    const field = body.ele('p', {class: 'rnn-quiz-entry'})
    field.txt(`${label}: `)
    field.ele('textEntryInteraction', {
      responseIdentifier: responseIdentifier(variant, index),
      expectedLength: String(Math.max(String(variant.right.values[index] ?? 0).length, 4) + 2)
    })
  }

  numberProcessing(item, variant)
  modalFeedback(item, 'RIGHT', variant.right.feedback)
  for (const [index, mistake] of variant.mistakes.entries())
    modalFeedback(item, `MISTAKE_${index + 1}`, mistake.feedback)
  modalFeedback(item, 'HINT', variant.hint)
  modalFeedback(item, 'SOLUTION', variant.generalFeedback)
  return item.end({prettyPrint: true}) + '\n'
}
