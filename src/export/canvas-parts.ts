import type {ElementContent} from 'hast'
import {lmsHtml} from './lms-html.js'
import type {XmlElement} from './xml-element.js'

/**
 * Pieces of QTI 1.2 in Canvas's dialect, the shape Canvas's own quiz export
 * writes and its importer reads back.
 */

/** `<qtimetadatafield>`: Canvas keeps the question type and points here. */
export function metadataField(parent: XmlElement, label: string, entry: string): void {
  const field = parent.ele('qtimetadatafield')
  field.ele('fieldlabel').txt(label)
  field.ele('fieldentry').txt(entry)
}

/** `<material>` holding HTML as escaped text, as Canvas writes every rich field. */
export function htmlMaterial(parent: XmlElement, html: string): void {
  parent.ele('material').ele('mattext', {texttype: 'text/html'}).txt(html)
}

/** A question's text, wrapped in a `<div>` as Canvas wraps it. */
export function questionMaterial(parent: XmlElement, stem: readonly ElementContent[]): void {
  htmlMaterial(parent, `<div>${lmsHtml(stem)}</div>`)
}

/** `<itemfeedback ident>`: a comment that a `displayfeedback` shows. */
export function itemFeedback(
  item: XmlElement,
  ident: string,
  content: readonly ElementContent[]
): void {
  htmlMaterial(item.ele('itemfeedback', {ident}).ele('flow_mat'), lmsHtml(content))
}

/** `<displayfeedback>` linking a response condition to an `itemfeedback`. */
export function showFeedback(rule: XmlElement, ident: string): void {
  rule.ele('displayfeedback', {feedbacktype: 'Response', linkrefid: ident})
}

/** A condition that holds whatever was answered, showing one feedback; later ones still run. */
export function otherwiseFeedback(resprocessing: XmlElement, ident: string): void {
  const rule = resprocessing.ele('respcondition', {continue: 'Yes'})
  rule.ele('conditionvar').ele('other')
  showFeedback(rule, ident)
}

/** SCORE from 0 to 100, the scale Canvas's conditions set. */
export function scoreOutcome(resprocessing: XmlElement): void {
  resprocessing.ele('outcomes').ele('decvar', {
    maxvalue: '100',
    minvalue: '0',
    varname: 'SCORE',
    vartype: 'Decimal'
  })
}

/** `SCORE = 100` inside a response condition. */
export function setFullScore(rule: XmlElement): void {
  rule.ele('setvar', {action: 'Set', varname: 'SCORE'}).txt('100')
}
