import type {LmsChoiceVariant, LmsVariant} from './lms-question.js'
import {qtiNumberItem} from './qti-number-item.js'
import {appendHast, declareOutcomes, itemRoot, modalFeedback, setScore} from './qti-parts.js'
import type {XmlElement} from './xml-element.js'

/** The identifier of a choice: `A`, `B`, … as on the page. */
function choiceIdentifier(index: number): string {
  return String.fromCharCode(65 + index)
}

function choiceProcessing(item: XmlElement): void {
  const processing = item.ele('responseProcessing')
  const condition = processing.ele('responseCondition')
  const right = condition.ele('responseIf')
  const match = right.ele('match')
  match.ele('variable', {identifier: 'RESPONSE'})
  match.ele('correct', {identifier: 'RESPONSE'})
  setScore(right, '1')
  setScore(condition.ele('responseElse'), '0')
  // Feedback for the chosen option, and the worked solution whatever was chosen.
  const feedback = processing.ele('setOutcomeValue', {identifier: 'FEEDBACK'}).ele('multiple')
  feedback.ele('variable', {identifier: 'RESPONSE'})
  feedback.ele('baseValue', {baseType: 'identifier'}).txt('SOLUTION')
}

/**
 * A choice variant as a QTI 2.1 assessmentItem: a single-choice interaction
 * keyed by `correctResponse`, a modalFeedback per option naming its mistake
 * (or why it is right), and one with the worked solution.
 */
function qtiChoiceItem(variant: LmsChoiceVariant, identifier: string): string {
  const item = itemRoot(identifier, variant.name)
  const key = variant.choices.findIndex((choice) => choice.correct)
  const response = item.ele('responseDeclaration', {
    identifier: 'RESPONSE',
    cardinality: 'single',
    baseType: 'identifier'
  })
  response.ele('correctResponse').ele('value').txt(choiceIdentifier(key))
  declareOutcomes(item)

  const body = item.ele('itemBody')
  appendHast(body.ele('div', {class: 'rnn-quiz-question'}), variant.stem)
  const interaction = body.ele('choiceInteraction', {
    responseIdentifier: 'RESPONSE',
    shuffle: 'false',
    maxChoices: '1'
  })
  for (const [index, choice] of variant.choices.entries()) {
    appendHast(
      interaction.ele('simpleChoice', {identifier: choiceIdentifier(index)}),
      choice.content
    )
  }

  choiceProcessing(item)
  for (const [index, choice] of variant.choices.entries())
    modalFeedback(item, choiceIdentifier(index), choice.feedback)
  modalFeedback(item, 'SOLUTION', variant.generalFeedback)
  return item.end({prettyPrint: true}) + '\n'
}

/** One variant as a QTI 2.1 assessmentItem: a choice or a text-entry (number) item. */
export function qtiItem(variant: LmsVariant, identifier: string): string {
  return variant.type === 'number'
    ? qtiNumberItem(variant, identifier)
    : qtiChoiceItem(variant, identifier)
}
