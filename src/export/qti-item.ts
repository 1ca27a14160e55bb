import type {LmsChoice, LmsChoiceVariant, LmsVariant} from './lms-question.js'
import {qtiNumberItem} from './qti-number-item.js'
import {
  addFeedback,
  appendHast,
  declareOutcomes,
  itemRoot,
  modalFeedback,
  setScore
} from './qti-parts.js'
import type {XmlElement} from './xml-element.js'

/** The identifier of a choice: `A`, `B`, … as on the page. */
export function choiceIdentifier(index: number): string {
  return String.fromCharCode(65 + index)
}

/**
 * `feedback_1_fb`, `feedback_2_fb`, …: an option's feedback, named as
 * Canvas's importer names an answer's comment (it takes the feedback an
 * answer's own condition sets, and drops ids that look general).
 */
function choiceFeedbackIdentifier(index: number): string {
  return `feedback_${index + 1}_fb`
}

/**
 * One condition per option, as importers read an answer's weight and
 * comment: choosing it sets its score and its feedback (the key adds the
 * correct feedback); the worked solution shows whatever was chosen.
 */
function choiceProcessing(item: XmlElement, variant: LmsChoiceVariant): void {
  const processing = item.ele('responseProcessing')
  const condition = processing.ele('responseCondition')
  for (const [index, choice] of variant.choices.entries()) {
    const rule = condition.ele(index === 0 ? 'responseIf' : 'responseElseIf')
    const match = rule.ele('match')
    match.ele('variable', {identifier: 'RESPONSE'})
    match.ele('baseValue', {baseType: 'identifier'}).txt(choiceIdentifier(index))
    setScore(rule, choice.correct ? '1' : '0')
    addFeedback(rule, choiceFeedbackIdentifier(index))
    if (choice.correct) addFeedback(rule, 'correct_fb')
  }
  addFeedback(processing, 'general_fb')
}

/** RESPONSE: the identifier of the chosen option, keyed by `correctResponse`. */
export function declareChoiceResponse(item: XmlElement, variant: LmsChoiceVariant): void {
  const key = variant.choices.findIndex((choice) => choice.correct)
  item
    .ele('responseDeclaration', {
      identifier: 'RESPONSE',
      cardinality: 'single',
      baseType: 'identifier'
    })
    .ele('correctResponse')
    .ele('value')
    .txt(choiceIdentifier(key))
}

/** The item body: the stem and a single-choice interaction over the options. */
export function choiceBody(item: XmlElement, variant: LmsChoiceVariant): XmlElement {
  const body = item.ele('itemBody')
  appendHast(body.ele('div', {class: 'rnn-quiz-question'}), variant.stem)
  const interaction = body.ele('choiceInteraction', {
    responseIdentifier: 'RESPONSE',
    // The delivery shuffles; the key follows its identifier.
    shuffle: 'true',
    maxChoices: '1'
  })
  for (const [index, choice] of variant.choices.entries()) {
    appendHast(
      interaction.ele('simpleChoice', {identifier: choiceIdentifier(index)}),
      choice.content
    )
  }
  return body
}

/**
 * A choice variant as a QTI 2.1 assessmentItem: a single-choice interaction
 * keyed by `correctResponse`, a modalFeedback per option naming its mistake
 * (or why it is right), the correct feedback, and the worked solution as
 * general feedback.
 */
function qtiChoiceItem(variant: LmsChoiceVariant, identifier: string): string {
  const item = itemRoot(identifier, variant.name)
  declareChoiceResponse(item, variant)
  declareOutcomes(item)
  choiceBody(item, variant)

  choiceProcessing(item, variant)
  for (const [index, choice] of variant.choices.entries())
    modalFeedback(item, choiceFeedbackIdentifier(index), choice.feedback)
  const key = variant.choices.find((choice) => choice.correct) as LmsChoice
  modalFeedback(item, 'correct_fb', key.feedback)
  modalFeedback(item, 'general_fb', variant.generalFeedback)
  return item.end()
}

/** One variant as a QTI 2.1 assessmentItem: a choice or a text-entry (number) item. */
export function qtiItem(variant: LmsVariant, identifier: string): string {
  return variant.type === 'number'
    ? qtiNumberItem(variant, identifier)
    : qtiChoiceItem(variant, identifier)
}
