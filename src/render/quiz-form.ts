import type {BlockContent, List, ListItem, Paragraph} from 'mdast'
import type {RnnBlock, RnnHtml} from './nodes.js'
import {rnnHtml} from './nodes.js'
import type {OptionContent} from './quiz.js'
import {optionLetter, quizOptionList} from './quiz.js'
import {numberEntryField} from './quiz-number-field.js'
import {quizStylesheet} from './quiz-style.js'
import type {SolutionStrings} from './strings.js'

/** An element of the form only HTML has (a field, a button): never written to Markdown. */
export function htmlElement(
  tagName: string,
  properties: Record<string, string | boolean | string[]>,
  text?: string
): RnnHtml {
  return {
    type: 'rnnHtml',
    children: [],
    form: true,
    data: {
      hName: tagName,
      hProperties: properties,
      hChildren: text === undefined ? [] : [{type: 'text', value: text}]
    }
  }
}

/** Where a quiz's form goes on its page: its id (the base of its fields' ids) and whether it carries the quiz stylesheet. */
export interface QuizPlacement {
  readonly id: string
  readonly stylesheet: boolean
}

/** What a student is told on Check: right (with the computation) or why not. */
export interface Feedback {
  readonly right: boolean
  readonly text: string
}

/** A number question's feedback for one answer: the numbers typed (plain digits, one per field) and what to say. */
export interface NumberFeedback extends Feedback {
  readonly values: readonly number[]
}

interface FormSettings {
  readonly placement: QuizPlacement
  readonly strings: SolutionStrings
  readonly thousandsSeparator: string
  /** Whether the page keeps the student's answer across reloads (`remember=false` turns it off). */
  readonly remember?: boolean | undefined
  /** The asked quantities' formulas in symbols, folded under "Hint" between the question and the answer. */
  readonly hint: string
}

/** `<details class="rnn-quiz-hint"><summary>Hint</summary>…`: a way in that gives no number away. */
function hintFold(hint: string, strings: SolutionStrings): RnnHtml {
  return {
    type: 'rnnHtml',
    form: true,
    children: [
      {
        type: 'paragraph',
        children: [{type: 'text', value: strings.quizHint}],
        data: {hName: 'summary'}
      },
      {type: 'paragraph', children: [{type: 'text', value: hint}]}
    ],
    data: {
      hName: 'details',
      hProperties: {className: ['rnn-quiz-hint']}
    }
  }
}

/** A feedback line: shown for a checked option without the script, read by the script otherwise. */
function feedbackBlock(
  feedback: Feedback,
  properties: Record<string, string | boolean> = {}
): RnnHtml {
  return {
    type: 'rnnHtml',
    children: [{type: 'paragraph', children: [{type: 'text', value: feedback.text}]}],
    form: true,
    data: {
      hName: 'div',
      hProperties: {
        className: ['rnn-quiz-feedback'],
        ...(feedback.right ? {dataRnnRight: true} : {}),
        ...properties
      }
    }
  }
}

/**
 * The question's first paragraph becomes the fieldset's legend (a block that
 * is not a paragraph gets a plain one before it, in HTML only). The fieldset
 * holds the legend first, then the question's other blocks, then the quiz's
 * own parts: what an answer sheet reads (quiz-answer-sheet.ts).
 */
function legendAndRest(
  question: readonly BlockContent[],
  strings: SolutionStrings
): BlockContent[] {
  const [first, ...rest] = question
  if (first?.type === 'paragraph')
    return [{...first, data: {...first.data, hName: 'legend'}}, ...rest]
  const legend = rnnHtml('legend', {}, [{type: 'text', value: strings.quizLegend}])
  return [legend, ...(first ? [first] : []), ...rest]
}

/** The form around a fieldset: the stylesheet (first quiz of a page), Check, and the live status line. */
function form(
  type: 'choice' | 'number',
  fieldset: RnnBlock['children'],
  after: RnnHtml[],
  checkable: boolean,
  settings: FormSettings
): RnnBlock {
  const {placement, strings} = settings
  const style = placement.stylesheet ? [htmlElement('style', {}, quizStylesheet)] : []
  const check = checkable
    ? [
        htmlElement('button', {type: 'submit', className: ['rnn-quiz-check']}, strings.quizCheck),
        htmlElement('p', {className: ['rnn-quiz-status'], role: 'status', ariaLive: 'polite'}),
        feedbackBlock(
          {right: false, text: strings.quizNothing},
          {dataRnnNothing: true, hidden: true}
        )
      ]
    : []
  return {
    type: 'rnnBlock',
    children: [
      ...style,
      {
        type: 'rnnBlock',
        children: fieldset,
        data: {hName: 'fieldset', hProperties: {className: ['rnn-quiz-fieldset']}}
      },
      ...check,
      ...after
    ],
    data: {
      hName: 'form',
      hProperties: {
        className: ['rnn-quiz-form'],
        id: placement.id,
        dataRnnQuiz: type,
        dataRnnSeparator: settings.thousandsSeparator,
        ...(settings.remember === false ? {dataRnnRemember: 'false'} : {})
      }
    }
  }
}

/**
 * A multiple-choice quiz as a form: the question as the legend, one radio
 * per option (its label the lettered option, as in Markdown), and after each
 * its feedback, unless there is none to give (student builds). Markdown
 * output writes the question and the lettered list only, as before.
 */
export function choiceQuizForm(
  question: readonly BlockContent[],
  options: readonly OptionContent[],
  feedback: readonly Feedback[] | undefined,
  settings: FormSettings
): RnnBlock {
  const {id} = settings.placement
  const list: List = quizOptionList(options)
  list.data = {hName: 'div', hProperties: {className: ['rnn-quiz-options']}}
  list.children = list.children.map((item, index): ListItem => {
    const letter = optionLetter(index)
    const field = `${id}-${letter.toLowerCase()}`
    const [label, ...rest] = item.children as [Paragraph, ...ListItem['children']]
    const given = feedback?.[index]
    return {
      ...item,
      data: {hName: 'div', hProperties: {className: ['rnn-quiz-option']}},
      children: [
        htmlElement('input', {
          type: 'radio',
          name: `${id}-answer`,
          id: field,
          value: letter,
          className: ['rnn-quiz-radio']
        }),
        {...label, data: {hName: 'label', hProperties: {htmlFor: [field]}}},
        ...rest,
        ...(given ? [feedbackBlock(given)] : [])
      ]
    }
  })
  return form(
    'choice',
    [...legendAndRest(question, settings.strings), hintFold(settings.hint, settings.strings), list],
    [],
    feedback !== undefined,
    settings
  )
}

/** One entry field of a number question: its label (the asked quantity's name). */
export interface NumberEntry {
  readonly label: string
}

/**
 * What a number question's form can say: the right numbers and each typical
 * mistake's, the right numbers in any other order (`order`, the right values
 * sorted, where two of them differ), a hint for anything else, a request for
 * a whole number.
 */
export interface NumberFeedbackLines {
  readonly known: readonly NumberFeedback[]
  readonly order?: NumberFeedback | undefined
  readonly hint: string
  readonly whole: string
}

/**
 * A number question as a form: the question as the legend, one text field
 * per asked quantity, and the feedback the script picks from on Check (the
 * right numbers, each typical mistake's, a hint for any other, a request for
 * a whole number), unless there is none to give (student builds).
 */
export function numberQuizForm(
  question: readonly BlockContent[],
  entries: readonly NumberEntry[],
  feedback: NumberFeedbackLines | undefined,
  settings: FormSettings
): RnnBlock {
  const {id} = settings.placement
  // Several numbers: each field says on Check whether its own number is right.
  const keys = entries.length > 1 ? feedback?.known[0]?.values : undefined
  const fields = entries.map((entry, index) =>
    numberEntryField(entry, `${id}-${index + 1}`, keys?.[index], settings.strings)
  )
  const lines = feedback
    ? [
        ...feedback.known.map((line) =>
          feedbackBlock(line, {dataRnnValues: line.values.join(' '), hidden: true})
        ),
        ...(feedback.order
          ? [
              feedbackBlock(feedback.order, {
                dataRnnOrder: feedback.order.values.join(' '),
                hidden: true
              })
            ]
          : []),
        feedbackBlock({right: false, text: feedback.hint}, {dataRnnHint: true, hidden: true}),
        feedbackBlock({right: false, text: feedback.whole}, {dataRnnWhole: true, hidden: true})
      ]
    : []
  return form(
    'number',
    [
      ...legendAndRest(question, settings.strings),
      hintFold(settings.hint, settings.strings),
      ...fields
    ],
    lines,
    feedback !== undefined,
    settings
  )
}
