import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, lesson, pageQuizzes} from './quizzes.js'

const quizzes = pageQuizzes(lesson, {seed: 2026, variants: 4})
const settings = {
  format: 'gift',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const
const questions = lmsQuestions(quizzes, settings)
const variants = questions.flatMap((question) => question.variants)
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content)
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

describe('the quizzes exported', () => {
  it('hold every quiz of the page with its variants (a fixed quiz has one)', () => {
    expect(questions.map((question) => [question.name, question.variants.length])).toEqual([
      ['Counting RNN parameters — One layer', 4],
      ['Counting RNN parameters — Stacked', 4],
      ['Counting RNN parameters — Fixed', 1]
    ])
    expect(variants[1]?.name).toMatch(
      /^Counting RNN parameters — One layer · variant 2 \(inputs=\d units=\d+ outputs=\d\)$/
    )
  })
})

describe('GIFT', () => {
  const gift = text(exported(quizzes, 'gift'))
  const parsed = parseGift(gift)

  it('parses back with gift-pegjs into the same stems, options, key and feedback', () => {
    const categories = parsed.filter((question) => question.type === 'Category')
    const multiple = parsed.filter((question) => question.type === 'MC')
    expect(categories.map((category) => (category as {title: string}).title)).toEqual(
      questions.map((question) => `$course$/top/Counting RNN parameters/${question.name}`)
    )
    expect(multiple).toHaveLength(variants.length)
    for (const [index, question] of multiple.entries()) {
      const variant = variants[index]
      if (!variant || question.type !== 'MC') throw new Error('missing')
      expect(question.title).toBe(variant.name)
      expect(question.stem).toEqual({format: 'html', text: expect.stringContaining('<p>')})
      expect(question.choices.map((choice) => choice.isCorrect)).toEqual(
        variant.choices.map((choice) => choice.correct)
      )
      expect(question.choices.map((choice) => choice.text.text)).toEqual(
        variant.choices.map((choice) => `<p>${choice.text}</p>`)
      )
      expect(question.choices.map((choice) => choice.feedback?.text)).toEqual(
        variant.choices.map((choice) => `<p>${choice.feedbackText}</p>`)
      )
      // Options named by their numbers, not letters: the LMS shuffles them.
      expect(question.globalFeedback?.text).toMatch(
        /^<p><strong>Answer: [\d, ]+<\/strong>: .*<li><strong>[\d, ]+<\/strong>: .*<table[ >].*\\\[\\begin\{aligned\}/
      )
    }
  })

  it('keeps math as \\(…\\) and GIFT’s special characters intact', () => {
    const stems = parsed.flatMap((question) => (question.type === 'MC' ? [question.stem.text] : []))
    expect(stems[0]).toContain('Math: \\(W_{xh}\\).')
    expect(stems.at(-1)).toBe(
      '<p>A question with "quotes", a &lt; b &amp; ampersand, and braces {#like-this} = GIFT\'s specials ~ # :.</p>'
    )
  })

  it('names the mistake behind each wrong option', () => {
    const first = variants[0]
    expect(first?.choices.map((choice) => choice.feedbackText)).toEqual([
      'the right numbers in the wrong order',
      expect.stringMatching(/^input = \d · \d+ = \d+; recurrent = \d+ · \d+ \+ \d+ = \d+$/),
      'the recurrent bias forgotten'
    ])
  })
})

describe('Moodle XML', () => {
  const xml = text(exported(quizzes, 'moodle'))
  const quiz = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false
  }).parse(xml).quiz as {question: Array<Record<string, any>>}

  it('has a category per quiz holding its variants as multichoice questions', () => {
    expect(quiz.question.map((question) => question.type)).toEqual([
      'category',
      'multichoice',
      'multichoice',
      'multichoice',
      'multichoice',
      'category',
      'multichoice',
      'multichoice',
      'multichoice',
      'multichoice',
      'category',
      'multichoice'
    ])
    expect(quiz.question[0]?.category.text).toBe(
      '$course$/top/Counting RNN parameters/Counting RNN parameters — One layer'
    )
  })

  it('gives every question one answer with fraction 100, feedback per answer, and general feedback', () => {
    const multiple = quiz.question.filter((question) => question.type === 'multichoice')
    for (const [index, question] of multiple.entries()) {
      const variant = variants[index]
      const answers = asArray(question.answer)
      expect(question.name.text).toBe(variant?.name)
      expect(question.single).toBe('true')
      expect(question.shuffleanswers).toBe('1')
      expect(answers.map((answer) => answer.fraction)).toEqual(
        variant?.choices.map((choice) => (choice.correct ? '100' : '0'))
      )
      expect(answers.map((answer) => answer.feedback.text)).toEqual(
        variant?.choices.map((choice) => `<p>${choice.feedbackText}</p>`)
      )
      expect(question.questiontext.format).toBe('html')
      expect(question.generalfeedback.text).toMatch(/<table[ >]/)
      expect(question.generalfeedback.text).toContain('\\[\\begin{aligned}')
      // The hint: formulas in symbols, no count of this network.
      expect(question.hint.format).toBe('html')
      expect(question.hint.text).not.toMatch(/\d(?!\d*·)/)
    }
    expect(multiple[0]?.hint.text).toBe('<p>input = n·h; recurrent = h·h + h</p>')
  })
})

describe('QTI 2.1 package', () => {
  const zip = unzipSync(exported(quizzes, 'qti') as Uint8Array)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false
  })
  const manifest = parser.parse(new TextDecoder().decode(zip['imsmanifest.xml'])).manifest
  const items = asArray(manifest.resources.resource).filter(
    (resource: any) => resource.type === 'imsqti_item_xmlv2p1'
  )

  it('lists every item in imsmanifest.xml, and every listed file is in the zip', () => {
    expect(items).toHaveLength(variants.length)
    expect(Object.keys(zip).sort()).toEqual(
      ['imsmanifest.xml', 'test.xml', ...items.map((item: any) => item.href)].sort()
    )
    for (const item of items) expect(item.file.href).toBe(item.href)
  })

  it('has items with the key in correctResponse, a choiceInteraction and modal feedback', () => {
    for (const [index, item] of items.entries()) {
      const variant = variants[index]
      const assessment = parser.parse(new TextDecoder().decode(zip[item.href])).assessmentItem
      expect(assessment.xmlns).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1')
      expect(assessment.title).toBe(variant?.name)
      const key = variant?.choices.findIndex((choice) => choice.correct) ?? -1
      expect(assessment.responseDeclaration.correctResponse.value).toBe(
        String.fromCharCode(65 + key)
      )
      const choices = asArray(assessment.itemBody.choiceInteraction.simpleChoice)
      expect(choices.map((choice: any) => choice.identifier)).toEqual(
        variant?.choices.map((_, number) => String.fromCharCode(65 + number))
      )
      expect(assessment.itemBody.choiceInteraction.maxChoices).toBe('1')
      expect(assessment.itemBody.choiceInteraction.shuffle).toBe('true')
      const feedback = asArray(assessment.modalFeedback)
      expect(feedback.map((entry: any) => entry.identifier)).toEqual([
        ...(variant?.choices.map((_, number) => `feedback_${number + 1}_fb`) ?? []),
        'correct_fb',
        'general_fb'
      ])
    }
  })

  it('has a test that draws one variant of each question, in sections no importer shows', () => {
    const test = parser.parse(new TextDecoder().decode(zip['test.xml'])).assessmentTest
    expect(test.testPart.assessmentSection.visible).toBe('false')
    const sections = asArray(test.testPart.assessmentSection.assessmentSection)
    expect(
      sections.map((section: any) => [
        section.visible,
        section.ordering.shuffle,
        section.selection?.select,
        asArray(section.assessmentItemRef).length
      ])
    ).toEqual([
      ['false', 'true', '1', 4],
      ['false', 'true', '1', 4],
      ['false', 'true', undefined, 1]
    ])
  })
})

describe.skipIf(!xmllintAvailable())('well-formed under xmllint', () => {
  it('accepts the Moodle file and every file of the QTI package', () => {
    const paths = writeTemporary({
      'moodle.xml': exported(quizzes, 'moodle'),
      ...unzipSync(exported(quizzes, 'qti') as Uint8Array)
    })
    const result = xmllint(paths)
    expect(result.errors).toEqual([])
    expect(result.status).toBe(0)
    expect(paths.length).toBe(variants.length + 3)
  })
})
