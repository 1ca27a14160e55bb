import type {ElementContent} from 'hast'
import {create} from 'xmlbuilder2'
import type {LmsVariant} from './lms-question.js'
import type {XmlElement} from './xml-element.js'

export const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
const qtiSchema = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd'

/** The identifier of a choice: `A`, `B`, … as on the page. */
function choiceIdentifier(index: number): string {
  return String.fromCharCode(65 + index)
}

/** HTML elements as QTI XHTML content: element names kept, only `class` among the properties. */
export function appendHast(parent: XmlElement, nodes: readonly ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') parent.txt(node.value)
    else if (node.type === 'element') {
      const className = node.properties.className
      const attributes =
        Array.isArray(className) && className.length > 0 ? {class: className.join(' ')} : {}
      appendHast(parent.ele(node.tagName, attributes), node.children)
    }
  }
}

function responseProcessing(item: XmlElement): void {
  const processing = item.ele('responseProcessing')
  const condition = processing.ele('responseCondition')
  const right = condition.ele('responseIf')
  const match = right.ele('match')
  match.ele('variable', {identifier: 'RESPONSE'})
  match.ele('correct', {identifier: 'RESPONSE'})
  right.ele('setOutcomeValue', {identifier: 'SCORE'}).ele('baseValue', {baseType: 'float'}).txt('1')
  condition
    .ele('responseElse')
    .ele('setOutcomeValue', {identifier: 'SCORE'})
    .ele('baseValue', {baseType: 'float'})
    .txt('0')
  // Feedback for the chosen option, and the worked solution whatever was chosen.
  const feedback = processing.ele('setOutcomeValue', {identifier: 'FEEDBACK'}).ele('multiple')
  feedback.ele('variable', {identifier: 'RESPONSE'})
  feedback.ele('baseValue', {baseType: 'identifier'}).txt('SOLUTION')
}

/**
 * One variant as a QTI 2.1 assessmentItem: a single-choice interaction
 * keyed by `correctResponse`, a modalFeedback per option naming its mistake
 * (or why it is right), and one with the worked solution.
 */
export function qtiItem(variant: LmsVariant, identifier: string): string {
  const item = create({version: '1.0', encoding: 'UTF-8'}).ele(qtiNamespace, 'assessmentItem', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${qtiNamespace} ${qtiSchema}`,
    identifier,
    title: variant.name,
    adaptive: 'false',
    timeDependent: 'false'
  })
  const key = variant.choices.findIndex((choice) => choice.correct)
  const response = item.ele('responseDeclaration', {
    identifier: 'RESPONSE',
    cardinality: 'single',
    baseType: 'identifier'
  })
  response.ele('correctResponse').ele('value').txt(choiceIdentifier(key))
  item
    .ele('outcomeDeclaration', {identifier: 'SCORE', cardinality: 'single', baseType: 'float'})
    .ele('defaultValue')
    .ele('value')
    .txt('0')
  item.ele('outcomeDeclaration', {
    identifier: 'FEEDBACK',
    cardinality: 'multiple',
    baseType: 'identifier'
  })

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

  responseProcessing(item)
  for (const [index, choice] of variant.choices.entries()) {
    appendHast(
      item.ele('modalFeedback', {
        outcomeIdentifier: 'FEEDBACK',
        identifier: choiceIdentifier(index),
        showHide: 'show'
      }),
      choice.feedback
    )
  }

  appendHast(
    item.ele('modalFeedback', {
      outcomeIdentifier: 'FEEDBACK',
      identifier: 'SOLUTION',
      showHide: 'show'
    }),
    variant.generalFeedback
  )
  return item.end({prettyPrint: true}) + '\n'
}
