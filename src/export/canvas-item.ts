import {
  htmlMaterial,
  itemFeedback,
  metadataField,
  otherwiseFeedback,
  questionMaterial,
  scoreOutcome,
  setFullScore,
  showFeedback
} from './canvas-parts.js'
import {lmsHtml, lmsParagraph} from './lms-html.js'
import type {LmsNumericPart} from './lms-number.js'
import type {LmsChoice, LmsChoiceVariant} from './lms-question.js'
import type {XmlElement} from './xml-element.js'

/** Where an item goes, what it is called, and a source of answer ids unique in the package. */
export interface CanvasItemPlace {
  readonly parent: XmlElement
  readonly ident: string
  readonly points: number
  readonly answerId: () => string
}

/** The `<item>` with Canvas's metadata: question type, points and the answers' ids. */
function itemStart(
  place: CanvasItemPlace,
  title: string,
  type: string,
  answerIds: readonly string[]
): XmlElement {
  const item = place.parent.ele('item', {ident: place.ident, title})
  const metadata = item.ele('itemmetadata').ele('qtimetadata')
  metadataField(metadata, 'question_type', type)
  metadataField(metadata, 'points_possible', String(place.points))
  metadataField(metadata, 'original_answer_ids', answerIds.join(','))
  return item
}

/**
 * A choice variant as Canvas's `multiple_choice_question`: each option a
 * `response_label` whose condition shows that option's comment (the mistake
 * it comes from, or why it is right), the key's condition scoring 100 with
 * the correct comment, and the worked solution as the general comment.
 */
export function canvasChoiceItem(variant: LmsChoiceVariant, place: CanvasItemPlace): void {
  const ids = variant.choices.map(() => place.answerId())
  const item = itemStart(place, variant.name, 'multiple_choice_question', ids)
  const presentation = item.ele('presentation')
  questionMaterial(presentation, variant.stem)
  const choices = presentation
    .ele('response_lid', {ident: 'response1', rcardinality: 'Single'})
    .ele('render_choice')
  for (const [index, choice] of variant.choices.entries())
    htmlMaterial(
      choices.ele('response_label', {ident: ids[index] as string}),
      lmsHtml(choice.content)
    )

  const processing = item.ele('resprocessing')
  scoreOutcome(processing)
  otherwiseFeedback(processing, 'general_fb')
  for (const id of ids) {
    const rule = processing.ele('respcondition', {continue: 'Yes'})
    rule.ele('conditionvar').ele('varequal', {respident: 'response1'}).txt(id)
    showFeedback(rule, `${id}_fb`)
  }
  const key = variant.choices.findIndex((choice) => choice.correct)
  const right = variant.choices[key] as LmsChoice
  const rule = processing.ele('respcondition', {continue: 'No'})
  rule
    .ele('conditionvar')
    .ele('varequal', {respident: 'response1'})
    .txt(ids[key] as string)
  setFullScore(rule)
  showFeedback(rule, 'correct_fb')

  itemFeedback(item, 'general_fb', variant.generalFeedback)
  itemFeedback(item, 'correct_fb', right.feedback)
  for (const [index, choice] of variant.choices.entries())
    itemFeedback(item, `${ids[index]}_fb`, choice.feedback)
}

/**
 * One number to type as Canvas's `numerical_question`: the key as its one
 * exact answer. Canvas takes every answer of a numerical question as right,
 * so the numbers typical mistakes give cannot be answers of their own: they
 * and the hint are the comment shown on any wrong answer.
 */
export function canvasNumericalItem(part: LmsNumericPart, place: CanvasItemPlace): void {
  const id = place.answerId()
  const item = itemStart(place, part.name, 'numerical_question', [id])
  const presentation = item.ele('presentation')
  questionMaterial(presentation, part.stem)
  presentation
    .ele('response_str', {ident: 'response1', rcardinality: 'Single'})
    .ele('render_fib', {fibtype: 'Decimal'})
    .ele('response_label', {ident: 'answer1'})

  const processing = item.ele('resprocessing')
  scoreOutcome(processing)
  otherwiseFeedback(processing, 'general_fb')
  const rule = processing.ele('respcondition', {continue: 'No'})
  rule
    .ele('conditionvar')
    .ele('or')
    .ele('varequal', {respident: 'response1'})
    .txt(String(part.right.value))
  setFullScore(rule)
  showFeedback(rule, 'correct_fb')
  otherwiseFeedback(processing, 'general_incorrect_fb')

  itemFeedback(item, 'general_fb', part.generalFeedback)
  itemFeedback(item, 'correct_fb', part.right.feedback)
  // Each typical mistake's number with what it comes from, after the hint.
  const mistakes = part.mistakes.map((mistake) =>
    lmsParagraph(`${mistake.value}: ${mistake.feedbackText}`)
  )
  itemFeedback(item, 'general_incorrect_fb', [...part.hint, ...mistakes])
}
