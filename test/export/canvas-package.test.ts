import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import type {ExportQuiz, LmsChoiceVariant, LmsNumberVariant} from '../../src/export/index.js'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import type {CanvasEntry, CanvasQuestion} from '../helpers/canvas-importer.js'
import {canvasImport} from '../helpers/canvas-importer.js'
import {qtiSchemas, writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, lesson, numberLesson, pageQuizzes} from './quizzes.js'

const settings = {
  format: 'canvas',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)
const assessmentPath = 'remark-rnn-quiz/remark-rnn-quiz.xml'

function canvasFiles(quizzes: readonly ExportQuiz[]): Record<string, string> {
  const files = unzipSync(exported(quizzes, 'canvas') as Uint8Array)
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, decode(bytes)]))
}

const groupQuestions = (entries: readonly CanvasEntry[]) =>
  entries.flatMap((entry) => (entry.kind === 'group' ? entry.group.questions : [entry.question]))

describe('Canvas package: choice quizzes', () => {
  const quizzes = pageQuizzes(lesson, {seed: 2026, variants: 4})
  const files = canvasFiles(quizzes)
  const entries = canvasImport(files[assessmentPath] ?? '')
  const variants = lmsQuestions(quizzes, settings).flatMap(
    (question) => question.variants as LmsChoiceVariant[]
  )

  it('is laid out as Canvas exports a quiz: manifest, assessment and assessment_meta.xml', () => {
    expect(Object.keys(files).sort()).toEqual([
      'imsmanifest.xml',
      'remark-rnn-quiz/assessment_meta.xml',
      assessmentPath
    ])
    const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''})
    const manifest = parser.parse(files['imsmanifest.xml'] ?? '').manifest
    expect(manifest.resources.resource).toEqual([
      {
        identifier: 'remark-rnn-quiz',
        type: 'imsqti_xmlv1p2',
        file: {href: assessmentPath},
        dependency: {identifierref: 'remark-rnn-quiz-meta'}
      },
      {
        identifier: 'remark-rnn-quiz-meta',
        type: 'associatedcontent/imscc_xmlv1p1/learning-application-resource',
        href: 'remark-rnn-quiz/assessment_meta.xml',
        file: {href: 'remark-rnn-quiz/assessment_meta.xml'}
      }
    ])
    const meta = parser.parse(files['remark-rnn-quiz/assessment_meta.xml'] ?? '').quiz
    expect(meta.xmlns).toBe('http://canvas.instructure.com/xsd/cccv1p0')
    expect(meta.shuffle_answers).toBe(true)
    // Three questions, one point each.
    expect(meta.points_possible).toBe(3)
  })

  it('makes each quiz with variants a group that picks one, and a fixed quiz one question', () => {
    expect(
      entries.map((entry) =>
        entry.kind === 'group'
          ? [
              entry.group.name,
              entry.group.pick,
              entry.group.pointsPerItem,
              entry.group.questions.length
            ]
          : [entry.question.name]
      )
    ).toEqual([
      ['Counting RNN parameters — One layer', 1, 1, 4],
      ['Counting RNN parameters — Stacked', 1, 1, 4],
      ['Counting RNN parameters — Fixed']
    ])
  })

  it('imports every variant as a multiple-choice question whose answers keep their own feedback', () => {
    const imported = groupQuestions(entries)
    expect(imported).toHaveLength(variants.length)
    for (const [index, question] of imported.entries()) {
      const variant = variants[index] as LmsChoiceVariant
      expect(question.type).toBe('multiple_choice_question')
      expect(question.points).toBe(1)
      expect(question.name).toBe(variant.name)
      expect(question.answers.map((answer) => answer.weight)).toEqual(
        variant.choices.map((choice) => (choice.correct ? 100 : 0))
      )
      expect(question.answers.map((answer) => answer.html)).toEqual(
        variant.choices.map((choice) => `<p>${choice.text}</p>`)
      )
      // Every mistake's explanation on its own option.
      expect(question.answers.map((answer) => answer.comments)).toEqual(
        variant.choices.map((choice) => `<p>${choice.feedbackText}</p>`)
      )
      const right = variant.choices.find((choice) => choice.correct)
      expect(question.correctComments).toBe(`<p>${right?.feedbackText}</p>`)
      // Options named by their numbers: Canvas shuffles them.
      expect(question.neutralComments).toMatch(
        /^<p><strong>Answer: [\d, ]+<\/strong>: .*<table[ >]/
      )
      expect(question.neutralComments).toContain('\\[\\begin{aligned}')
      expect(question.text).toMatch(/^<div><p>.*<\/p><\/div>$/)
    }
    expect(imported[0]?.text).toContain('Math: \\(W_{xh}\\).')
    expect(imported.at(-1)?.text).toContain('a &lt; b &amp; ampersand')
  })

  it('numbers answers uniquely in the package and lists them as original_answer_ids', () => {
    const xml = files[assessmentPath] ?? ''
    const ids = [...xml.matchAll(/<response_label ident="(\d+)">/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    const listed = [
      ...xml.matchAll(/<fieldlabel>original_answer_ids<\/fieldlabel>\s*<fieldentry>([\d,]+)</g)
    ].flatMap((match) => match[1]?.split(','))
    expect(listed).toEqual(ids)
  })

  it('writes items in the order of elements Canvas’s export writes', () => {
    const parser = new XMLParser({preserveOrder: true, ignoreAttributes: true})
    const tree = parser.parse(files[assessmentPath] ?? '')
    const names = (nodes: Array<Record<string, unknown>>) =>
      nodes.map((node) => Object.keys(node).find((key) => key !== ':@'))
    const root = tree.find((node: Record<string, unknown>) => 'questestinterop' in node)
    const assessment = root.questestinterop[0].assessment
    expect(names(assessment)).toEqual(['qtimetadata', 'section'])
    const fixed = assessment[1].section.at(-1).item
    expect(names(fixed)).toEqual([
      'itemmetadata',
      'presentation',
      'resprocessing',
      'itemfeedback',
      'itemfeedback',
      'itemfeedback',
      'itemfeedback',
      'itemfeedback'
    ])
    expect(names(fixed[1].presentation)).toEqual(['material', 'response_lid'])
    expect(names(fixed[2].resprocessing)).toEqual([
      'outcomes',
      'respcondition',
      'respcondition',
      'respcondition',
      'respcondition',
      'respcondition'
    ])
    const group = assessment[1].section[0].section
    expect(names(group)).toEqual(['selection_ordering', 'item', 'item', 'item', 'item'])
  })
})

describe('Canvas package: number questions', () => {
  const quizzes = pageQuizzes(numberLesson, {seed: 3, variants: 3})
  const files = canvasFiles(quizzes)
  const entries = canvasImport(files[assessmentPath] ?? '')
  const questions = lmsQuestions(quizzes, settings)

  it('makes a group per number asked, so each right number earns its point', () => {
    expect(
      entries.map((entry) =>
        entry.kind === 'group'
          ? [entry.group.name, entry.group.questions.length]
          : [entry.question.name]
      )
    ).toEqual([
      ['Number questions — One quantity'],
      ['Number questions — Two quantities · Input parameters'],
      ['Number questions — Two quantities · Recurrent parameters'],
      ['Number questions — Sizes drawn', 3]
    ])
    const meta = files['remark-rnn-quiz/assessment_meta.xml'] ?? ''
    expect(meta).toContain('<points_possible>4</points_possible>')
  })

  it('imports numerical questions keyed exactly, with the mistakes’ numbers in the wrong-answer comment', () => {
    const imported: CanvasQuestion[] = groupQuestions(entries)
    expect(imported.map((question) => question.type)).toEqual(
      imported.map(() => 'numerical_question')
    )
    const drawn = questions[2]?.variants as LmsNumberVariant[]
    const sized = imported.slice(-3)
    for (const [index, question] of sized.entries()) {
      const variant = drawn[index] as LmsNumberVariant
      expect(question.answers).toEqual([
        {
          id: expect.stringMatching(/^\d+$/),
          html: '',
          weight: 100,
          comments: undefined,
          exact: variant.fields[0]?.key
        }
      ])
      expect(question.correctComments).toBe(`<p>${variant.right.feedbackText}</p>`)
      expect(question.incorrectComments).toBe(
        [
          `<p>${variant.hintText}</p>`,
          ...variant.mistakes.map(
            (mistake) => `<p>${mistake.values[0]}: ${mistake.feedbackText}</p>`
          )
        ].join('')
      )
      expect(question.neutralComments).toMatch(/<table[ >]/)
    }
    expect(drawn.some((variant) => variant.mistakes.length > 0)).toBe(true)
  })
})

describe.skipIf(!xmllintAvailable())('Canvas package files', () => {
  it('are well-formed XML', () => {
    const files = canvasFiles(pageQuizzes(lesson, {seed: 1, variants: 2}))
    const result = xmllint(writeTemporary(files))
    expect(result.errors).toEqual([])
    expect(result.status).toBe(0)
  })

  it('validate against the IMS QTI ASI 1.2 schema: choice, numerical, groups', () => {
    for (const quizzes of [
      pageQuizzes(lesson, {seed: 1, variants: 3}),
      pageQuizzes(numberLesson, {seed: 1, variants: 3})
    ]) {
      const assessment = canvasFiles(quizzes)[assessmentPath] ?? ''
      const result = xmllint(writeTemporary({'assessment.xml': assessment}), qtiSchemas.qti12)
      expect(result.errors).toEqual([])
      expect(result.status).toBe(0)
    }
  })

  it('the QTI 1.2 schema check fails on an item out of order', () => {
    const assessment = canvasFiles(pageQuizzes(lesson))[assessmentPath] ?? ''
    // resprocessing before presentation, which QTI 1.2 does not allow.
    const broken = assessment.replace(
      /(<presentation>[\s\S]*?<\/presentation>)(\s*)(<resprocessing>[\s\S]*?<\/resprocessing>)/,
      '$3$2$1'
    )
    expect(broken).not.toBe(assessment)
    const result = xmllint(writeTemporary({'broken.xml': broken}), qtiSchemas.qti12)
    expect(result.status).not.toBe(0)
    expect(result.errors.join('\n')).toMatch(/resprocessing/)
  })
})
