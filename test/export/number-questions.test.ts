import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import type {ExportNumberVariant, LmsNumberVariant} from '../../src/export/index.js'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, numberLesson, pageQuizzes} from './quizzes.js'

const quizzes = pageQuizzes(numberLesson, {seed: 18, variants: 3})
const settings = {
  format: 'gift',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const
const variants = lmsQuestions(quizzes, settings).flatMap((question) => question.variants)
const numbers = variants as LmsNumberVariant[]
const recorded = quizzes.flatMap((quiz) => quiz.variants) as ExportNumberVariant[]
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content)
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false
})

describe('number questions for an LMS', () => {
  it('hold the key, each mistake with its explanation, a hint and the worked solution', () => {
    expect(variants.map((variant) => variant.type)).toEqual(Array(5).fill('number'))
    const [rnn, two] = numbers
    expect(rnn?.right.values).toEqual([32])
    expect(rnn?.right.feedbackText).toBe('rnn = 12 + 20 = 32')
    expect(rnn?.mistakes).toContainEqual(
      expect.objectContaining({values: [28], feedbackText: 'the recurrent bias forgotten'})
    )
    expect(rnn?.mistakes.some((mistake) => mistake.values[0] === 32)).toBe(false)
    expect(rnn?.hintText).toMatch(/^Not the count\./)
    expect(two?.fields.map((field) => field.label)).toEqual([
      'Input parameters',
      'Recurrent parameters'
    ])
    expect(two?.right.values).toEqual([12, 20])
    // Every recorded mistake is exported, in order.
    expect(numbers.map((variant) => variant.mistakes.map((mistake) => mistake.values))).toEqual(
      recorded.map((variant) => variant.mistakes.map((mistake) => mistake.values))
    )
  })
})

describe('GIFT numeric', () => {
  const parsed = parseGift(text(exported(quizzes, 'gift')))
  const numeric = parsed.filter((question) => question.type === 'Numerical')

  it('parses back with gift-pegjs: the key, each mistake’s number at 0 % with its feedback, general feedback', () => {
    // One question per quantity for the two-quantity question: 1 + 2 + 3.
    expect(numeric.map((question) => question.title)).toEqual([
      'Number questions — One quantity',
      'Number questions — Two quantities · Input parameters',
      'Number questions — Two quantities · Recurrent parameters',
      expect.stringMatching(/^Number questions — Sizes drawn · variant 1 \(inputs=\d units=\d+\)$/),
      expect.stringMatching(/ · variant 2 /),
      expect.stringMatching(/ · variant 3 /)
    ])
    const [first] = numeric
    if (first?.type !== 'Numerical') throw new Error('no numeric question')
    const choices = first.choices as Array<{
      isCorrect: boolean
      weight: number | null
      text: {type: string; number: number}
      feedback: {text: string}
    }>
    expect(choices[0]).toMatchObject({
      weight: null,
      text: {type: 'simple', number: 32},
      feedback: {text: '<p>rnn = 12 + 20 = 32</p>'}
    })
    expect(choices.slice(1).map((choice) => [choice.weight, choice.text.number])).toEqual(
      numbers[0]?.mistakes.map((mistake) => [0, mistake.values[0]])
    )
    expect(choices).toContainEqual(
      expect.objectContaining({
        weight: 0,
        text: {type: 'simple', number: 28},
        feedback: {format: 'html', text: '<p>the recurrent bias forgotten</p>'}
      })
    )
    expect(first.globalFeedback?.text).toMatch(/^<p><strong>Answer: 32<\/strong>.*<table[ >]/)
  })

  it('asks each quantity of a two-quantity question on its own, with its own key and mistakes', () => {
    const [, input, recurrent] = numeric as Array<{
      stem: {text: string}
      choices: Array<{weight: number | null; text: {number: number}}>
    }>
    expect(input?.stem.text).toBe(
      '<p>How many input and recurrent parameters?</p><p>Input parameters:</p>'
    )
    expect(input?.choices[0]?.text.number).toBe(12)
    expect(recurrent?.choices[0]?.text.number).toBe(20)
    expect(recurrent?.choices.slice(1).map((choice) => choice.text.number)).toContain(16)
    for (const question of [input, recurrent]) {
      const values = question?.choices.map((choice) => choice.text.number) ?? []
      expect(new Set(values).size).toBe(values.length)
    }
  })
})

describe('Moodle XML numerical', () => {
  const quiz = parser.parse(text(exported(quizzes, 'moodle'))).quiz as {
    question: Array<Record<string, any>>
  }
  const numerical = quiz.question.filter((question) => question.type === 'numerical')

  it('has what Moodle’s XML import reads for a numerical question', () => {
    expect(numerical).toHaveLength(6)
    for (const question of numerical) {
      expect(typeof question.name.text).toBe('string')
      expect(question.questiontext.format).toBe('html')
      expect(question.generalfeedback.format).toBe('html')
      expect(question.generalfeedback.text).toMatch(/<table[ >]/)
      expect(question.defaultgrade).toBe('1')
      expect(question.showunits).toBe('3')
      const answers = asArray(question.answer)
      // The key first at 100 with tolerance 0, mistakes at 0 with tolerance 0, `*` last with the hint.
      expect(answers[0]).toMatchObject({fraction: '100', tolerance: '0'})
      expect(answers[0].text).toMatch(/^\d+$/)
      for (const answer of answers.slice(1, -1)) {
        expect(answer).toMatchObject({fraction: '0', tolerance: '0'})
        expect(answer.text).toMatch(/^\d+$/)
        expect(answer.feedback.format).toBe('html')
        expect(answer.feedback.text).toMatch(/^<p>.+<\/p>$/)
      }
      expect(answers.at(-1)).toMatchObject({fraction: '0', text: '*'})
      expect(answers.at(-1).feedback.text).toMatch(/^<p>Not the count\./)
    }
    const [first] = numerical
    expect(asArray(first?.answer).map((answer: any) => answer.text)).toEqual([
      '32',
      ...(numbers[0]?.mistakes.map((mistake) => String(mistake.values[0])) ?? []),
      '*'
    ])
    expect(asArray(first?.answer)[1]?.feedback.text).toBe(
      `<p>${numbers[0]?.mistakes[0]?.feedbackText}</p>`
    )
    // Each number of a two-number question is a question of its own: each right number earns its
    // point, and its hint is its own formula in symbols.
    expect(numerical.slice(0, 3).map((question) => question.hint.text)).toEqual([
      '<p>rnn = input + recurrent</p>',
      '<p>input = n·h</p>',
      '<p>recurrent = h·h + h</p>'
    ])
  })
})

/**
 * The subset of QTI 2.1 response processing the exporter writes, run on a
 * typed answer: which modal feedback a delivery engine shows, and the score.
 */
function deliver(item: any, typed: Record<string, number | null>) {
  const value = (node: any): number | boolean | null => {
    if ('match' in node) {
      const [left, right] = [node.match.variable.identifier, Number(node.match.baseValue['#text'])]
      const response = typed[left] ?? null
      return response === null ? null : response === right
    }
    return asArray(node.and.match).every((match: any) => value({match}) === true)
  }
  const [condition] = asArray(item.responseProcessing.responseCondition)
  const rules = [condition.responseIf, ...asArray(condition.responseElseIf)]
  const chosen = rules.find((rule) => value(rule) === true) ?? condition.responseElse
  const feedback = asArray(chosen.setOutcomeValue).find(
    (outcome: any) => outcome.identifier === 'FEEDBACK'
  ).multiple.baseValue
  const shown = asArray(feedback).map((entry: any) => entry['#text'])
  const set = asArray(chosen.setOutcomeValue).find((outcome: any) => outcome.identifier === 'SCORE')
  // Several fields: the chain sets no score; each right field adds 1 in a condition of its own.
  const fieldRules = asArray(item.responseProcessing.responseCondition).slice(1)
  const score = set
    ? set.baseValue['#text']
    : String(fieldRules.filter((field: any) => value(field.responseIf) === true).length)
  return {shown, score}
}

describe('QTI 2.1 text entry', () => {
  const zip = unzipSync(exported(quizzes, 'qti') as Uint8Array)
  const items = Object.keys(zip)
    .filter((name) => name.startsWith('items/'))
    .sort()
    .map((name) => parser.parse(new TextDecoder().decode(zip[name])).assessmentItem)
  const feedbackText = (item: any, identifier: string) =>
    asArray(item.modalFeedback).find((entry: any) => entry.identifier === identifier)?.p

  it('declares integer responses keyed by correctResponse and one textEntryInteraction per quantity', () => {
    expect(items).toHaveLength(5)
    const [rnn, two] = items
    expect(rnn.responseDeclaration).toMatchObject({
      identifier: 'RESPONSE',
      cardinality: 'single',
      baseType: 'integer',
      correctResponse: {value: '32'}
    })
    expect(rnn.itemBody.p.textEntryInteraction.responseIdentifier).toBe('RESPONSE')
    expect(
      asArray(two.responseDeclaration).map((entry: any) => [
        entry.identifier,
        entry.correctResponse.value
      ])
    ).toEqual([
      ['RESPONSE_1', '12'],
      ['RESPONSE_2', '20']
    ])
    expect(
      asArray(two.itemBody.p).map((field: any) => [
        field['#text'],
        field.textEntryInteraction.responseIdentifier
      ])
    ).toEqual([
      ['Input parameters:', 'RESPONSE_1'],
      ['Recurrent parameters:', 'RESPONSE_2']
    ])
  })

  it('shows the matched mistake’s feedback, the right one’s computation, or the hint, with the worked solution', () => {
    const [rnn, two] = items
    const right = deliver(rnn, {RESPONSE: 32})
    expect(right).toEqual({shown: ['correct_fb', 'general_fb'], score: '1'})
    expect(feedbackText(rnn, 'correct_fb')).toBe('rnn = 12 + 20 = 32')

    const bias = deliver(rnn, {RESPONSE: 28})
    expect(bias.score).toBe('0')
    expect(bias.shown[1]).toBe('general_fb')
    expect(feedbackText(rnn, bias.shown[0] as string)).toBe('the recurrent bias forgotten')

    expect(deliver(rnn, {RESPONSE: 31})).toEqual({
      shown: ['general_incorrect_fb', 'general_fb'],
      score: '0'
    })
    expect(deliver(rnn, {RESPONSE: null})).toEqual({
      shown: ['general_incorrect_fb', 'general_fb'],
      score: '0'
    })
    expect(feedbackText(rnn, 'general_incorrect_fb')).toMatch(/^Not the count\./)

    // Every mistake of every item leads to its own feedback.
    for (const [index, item] of items.entries()) {
      const variant = numbers[index] as LmsNumberVariant
      const fields = (values: readonly number[]) =>
        Object.fromEntries(
          values.map((number, field) => [
            values.length === 1 ? 'RESPONSE' : `RESPONSE_${field + 1}`,
            number
          ])
        )
      expect(deliver(item, fields(variant.right.values)).score).toBe(String(variant.fields.length))
      for (const mistake of variant.mistakes) {
        const {shown} = deliver(item, fields(mistake.values))
        expect(feedbackText(item, shown[0] as string)).toBe(mistake.feedbackText)
      }
    }

    // Two quantities: each right one earns its point; the two swapped is a mistake of its own.
    expect(deliver(two, {RESPONSE_1: 12, RESPONSE_2: 20}).score).toBe('2')
    expect(deliver(two, {RESPONSE_1: 12, RESPONSE_2: 21}).score).toBe('1')
    expect(deliver(two, {RESPONSE_1: 11, RESPONSE_2: 21}).score).toBe('0')
    const outcomes = asArray(two.outcomeDeclaration)
    expect(
      outcomes.find((outcome: any) => outcome.identifier === 'MAXSCORE').defaultValue.value
    ).toBe('2')
    expect(deliver(two, {RESPONSE_1: 12, RESPONSE_2: 21}).shown[0]).toBe('general_incorrect_fb')
    const swapped = deliver(two, {RESPONSE_1: 20, RESPONSE_2: 12})
    expect(feedbackText(two, swapped.shown[0] as string)).toBe(
      'the right numbers in the wrong order'
    )
  })
})

describe.skipIf(!xmllintAvailable())('number questions under xmllint', () => {
  it('the Moodle file and every file of the QTI package are well-formed', () => {
    const paths = writeTemporary({
      'moodle.xml': exported(quizzes, 'moodle'),
      ...unzipSync(exported(quizzes, 'qti') as Uint8Array)
    })
    const result = xmllint(paths)
    expect(result.errors).toEqual([])
    expect(result.status).toBe(0)
  })
})
