import type {ElementContent} from 'hast'
import {qtiElement} from './qti-xhtml.js'
import type {XmlElement} from './xml-element.js'
import {xmlDocument} from './xml-element.js'

export const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
const qtiSchema = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd'

/** HTML elements as QTI XHTML content (see `qtiElement`). */
export function appendHast(parent: XmlElement, nodes: readonly ElementContent[]): void {
  // Written as it is, everything inside included.
  parent.verbatim()
  appendContent(parent, nodes)
}

function appendContent(parent: XmlElement, nodes: readonly ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') parent.txt(node.value)
    // A task list's box, which QTI has no element for: as the character it shows.
    else if (node.type === 'element' && node.tagName === 'input')
      parent.txt(node.properties.checked ? '☑' : '☐')
    else if (node.type === 'element') {
      const {name, attributes} = qtiElement(node)
      appendContent(parent.ele(name, attributes), node.children)
    }
  }
}

/** The item's root, with the QTI 2.1 namespace and schema location. */
export function itemRoot(identifier: string, title: string): XmlElement {
  return xmlDocument(
    'assessmentItem',
    {
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${qtiNamespace} ${qtiSchema}`,
      identifier,
      title,
      adaptive: 'false',
      timeDependent: 'false'
    },
    qtiNamespace
  )
}

/** SCORE (0 until set, at most `maxScore`), the outcome the standard templates set. */
export function declareScore(item: XmlElement, maxScore = 1): void {
  item
    .ele('outcomeDeclaration', {
      identifier: 'SCORE',
      cardinality: 'single',
      baseType: 'float',
      normalMaximum: String(maxScore)
    })
    .ele('defaultValue')
    .ele('value')
    .txt('0')
}

/**
 * SCORE, MAXSCORE (what importers scale points by), and FEEDBACK, the
 * identifiers of the modal feedback to show.
 */
export function declareOutcomes(item: XmlElement, maxScore = 1): void {
  declareScore(item, maxScore)
  item
    .ele('outcomeDeclaration', {identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float'})
    .ele('defaultValue')
    .ele('value')
    .txt(String(maxScore))
  item.ele('outcomeDeclaration', {
    identifier: 'FEEDBACK',
    cardinality: 'multiple',
    baseType: 'identifier'
  })
}

/** `SCORE = value` inside a response rule. */
export function setScore(rule: XmlElement, value: '0' | '1'): void {
  rule
    .ele('setOutcomeValue', {identifier: 'SCORE'})
    .ele('baseValue', {baseType: 'float'})
    .txt(value)
}

/** FEEDBACK gains `identifier` (kept with what it held: importers read this form). */
export function addFeedback(rule: XmlElement, identifier: string): void {
  const feedback = rule.ele('setOutcomeValue', {identifier: 'FEEDBACK'}).ele('multiple')
  feedback.ele('variable', {identifier: 'FEEDBACK'})
  feedback.ele('baseValue', {baseType: 'identifier'}).txt(identifier)
}

/** A modal feedback shown when FEEDBACK holds `identifier`. */
export function modalFeedback(
  item: XmlElement,
  identifier: string,
  content: readonly ElementContent[]
): void {
  appendHast(
    item.ele('modalFeedback', {outcomeIdentifier: 'FEEDBACK', identifier, showHide: 'show'}),
    content
  )
}
