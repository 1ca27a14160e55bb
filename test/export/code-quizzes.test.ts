import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastText} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {LmsChoiceVariant, LmsNumberVariant} from '../../src/export/index.js'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {canvasImport} from '../helpers/canvas-importer.js'
import {qtiSchemas, writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, pageQuizzes} from './quizzes.js'

// GRU 1248; BatchNormalization 64 (32 moving statistics); LayerNormalization 32; Dense 68:
// 1412 in total, 1380 trainable.
// Its comment holds what HTML, XML and GIFT treat as special: it must come back as written.
const program = `import keras
from keras import layers
# widths: {"in": 8} & <16> units ~ = #1: done
model = keras.Sequential([
    keras.Input(shape=(None, 8)),
    layers.GRU(16, return_sequences=True),
    layers.BatchNormalization(),
    layers.LayerNormalization(),
    layers.Dense(4),
])`

const codeLesson = `# Models as code

:::rnn{id=lm}
\`\`\`python
${program}
\`\`\`
:::

## Choice

:::rnn-quiz{model=lm ask=total answer=B}
How many parameters does the model above have?

- 1408
- 1412
- 1828
- 1396
:::

## Number

::rnn-quiz[How many of its parameters does training update?]{model=lm ask=trainable type=number}

## Two numbers

::rnn-quiz{model=lm ask="total gru" type=number}
`

const quizzes = pageQuizzes(codeLesson)
const settings = {
  format: 'gift',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const
const questions = lmsQuestions(quizzes, settings)
const [choice, number, two] = questions.flatMap((question) => question.variants) as [
  LmsChoiceVariant,
  LmsNumberVariant,
  LmsNumberVariant
]
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content)
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false
})

/** The code an HTML stem shows, as a browser reads its `<pre>`: line breaks and all. */
function shownCode(html: string): string | undefined {
  const find = (node: Root | Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'pre') return child
      const inner = find(child)
      if (inner) return inner
    }
    return undefined
  }
  const pre = find(fromHtml(html, {fragment: true}))
  return pre ? hastText(pre) : undefined
}

describe('quizzes on a model read from code, for an LMS', () => {
  it('are exported like attribute quizzes: one question per quiz, named after page and heading', () => {
    expect(questions.map((question) => [question.name, question.variants.length])).toEqual([
      ['Models as code — Choice', 1],
      ['Models as code — Number', 1],
      ['Models as code — Two numbers', 1]
    ])
    expect([choice.type, number.type, two.type]).toEqual(['choice', 'number', 'number'])
  })

  it('keep each option’s feedback: the work when right, the mistake behind it when wrong', () => {
    expect(
      choice.choices.map((option) => [option.text, option.correct, option.feedbackText])
    ).toEqual([
      ['1,408', false, 'the bias of a Dense/Linear layer forgotten'],
      ['1,412', true, 'total = 1,412'],
      ['1,828', false, 'the GRU given four gates, as an LSTM has, instead of three'],
      ['1,396', false, "the layer normalization's β (its shift) forgotten"]
    ])
  })

  it('ask number questions with the key and the numbers typical mistakes give', () => {
    expect(number.fields.map((field) => [field.label, field.key, field.work])).toEqual([
      ['Trainable', 1380, 'trainable = 1,380']
    ])
    expect(number.mistakes.map((mistake) => [mistake.values, mistake.feedbackText])).toContainEqual(
      [[1412], "batch normalization's moving mean and variance counted as trainable parameters"]
    )
    expect(two.fields.map((field) => [field.label, field.key])).toEqual([
      ['Total', 1412],
      ['gru', 1248]
    ])
    expect(two.mistakes[0]?.values).toEqual([1408, 1248])
  })
})

describe('GIFT', () => {
  const parsed = parseGift(text(exported(quizzes, 'gift')))
  const asked = parsed.filter((question) => question.type === 'MC' || question.type === 'Numerical')

  it('parses back with gift-pegjs: stems with the code, the key, each option’s feedback', () => {
    expect(asked.map((question) => question.type)).toEqual([
      'MC',
      'Numerical',
      'Numerical',
      'Numerical'
    ])
    const [mc] = asked
    if (mc?.type !== 'MC') throw new Error('no choice question')
    expect(shownCode(mc.stem.text)).toBe(`${program}\n`)
    expect(mc.stem.text).toContain('<p>How many parameters does the model above have?</p>')
    expect(mc.choices.map((option) => [option.isCorrect, option.feedback?.text])).toEqual(
      choice.choices.map((option) => [option.correct, `<p>${option.feedbackText}</p>`])
    )
    expect(mc.globalFeedback?.text).toMatch(
      /^<p><strong>Answer: 1,412<\/strong>: total = 1,412\.<\/p>.*<li><strong>1,408<\/strong>: the bias .*<table[ >].*\\\[/
    )
  })

  it('writes a number question’s key and each mistake’s number at 0 % with its feedback', () => {
    const [, trainable, total, gru] = asked as Array<{
      stem: {text: string}
      choices: Array<{weight: number | null; text: {number: number}; feedback: {text: string}}>
    }>
    expect(shownCode(trainable?.stem.text ?? '')).toBe(`${program}\n`)
    // A leaf's label is the question, a paragraph of its own after the code.
    expect(trainable?.stem.text).toMatch(
      /<\/pre><p>How many of its parameters does training update\?<\/p>$/
    )
    expect(trainable?.choices[0]).toMatchObject({weight: null, text: {number: 1380}})
    expect(trainable?.choices).toContainEqual(
      expect.objectContaining({
        weight: 0,
        text: {type: 'simple', number: 1412},
        feedback: {
          format: 'html',
          text: "<p>batch normalization's moving mean and variance counted as trainable parameters</p>"
        }
      })
    )
    expect(total?.stem.text).toMatch(/<p>Total:<\/p>$/)
    expect([total?.choices[0]?.text.number, gru?.choices[0]?.text.number]).toEqual([1412, 1248])
  })
})

describe('Moodle XML', () => {
  const quiz = parser.parse(text(exported(quizzes, 'moodle'))).quiz as {
    question: Array<Record<string, any>>
  }
  const asked = quiz.question.filter((question) => question.type !== 'category')

  it('holds a multichoice and numerical questions whose text shows the code with its line breaks', () => {
    expect(asked.map((question) => question.type)).toEqual([
      'multichoice',
      'numerical',
      'numerical',
      'numerical'
    ])
    for (const question of asked) expect(shownCode(question.questiontext.text)).toBe(`${program}\n`)
    const answers = asArray(asked[0]?.answer)
    expect(answers.map((answer: any) => [answer.fraction, answer.feedback.text])).toEqual(
      choice.choices.map((option) => [
        option.correct ? '100' : '0',
        `<p>${option.feedbackText}</p>`
      ])
    )
    expect(asArray(asked[1]?.answer)[0]).toMatchObject({fraction: '100', text: '1380'})
  })
})

describe('QTI 2.1 and Canvas', () => {
  const qti = unzipSync(exported(quizzes, 'qti') as Uint8Array)
  const items = Object.keys(qti)
    .filter((name) => name.startsWith('items/'))
    .sort()

  it('write a choice item and text-entry items, the code in each item body', () => {
    // A two-number question is one item with two fields.
    expect(items).toHaveLength(3)
    const first = text(qti[items[0] as string] as Uint8Array)
    expect(first).toContain('<choiceInteraction')
    // The item body's code keeps its lines: XML keeps the line breaks inside <pre>.
    const body = parser.parse(first).assessmentItem.itemBody
    expect(body.div.pre.code['#text']).toContain('model = keras.Sequential([\n    keras.Input')
    const entry = parser.parse(text(qti[items[1] as string] as Uint8Array)).assessmentItem
    expect(entry.responseDeclaration.correctResponse.value).toBe('1380')
  })

  it('import into Canvas as a multiple-choice and numerical questions', () => {
    const files = unzipSync(exported(quizzes, 'canvas') as Uint8Array)
    const entries = canvasImport(text(files['remark-rnn-quiz/remark-rnn-quiz.xml'] as Uint8Array))
    const imported = entries.flatMap((entry) =>
      entry.kind === 'group' ? entry.group.questions : [entry.question]
    )
    expect(imported.map((question) => question.type)).toEqual([
      'multiple_choice_question',
      'numerical_question',
      'numerical_question',
      'numerical_question'
    ])
    expect(shownCode(imported[0]?.text ?? '')).toBe(`${program}\n`)
    expect(imported[0]?.answers.map((answer) => [answer.weight, answer.comments])).toEqual(
      choice.choices.map((option) => [option.correct ? 100 : 0, `<p>${option.feedbackText}</p>`])
    )
  })
})

describe.skipIf(!xmllintAvailable())('code quizzes under the schemas', () => {
  it('every QTI 2.1 item (feedback and template profiles) validates against imsqti_v2p1.xsd', () => {
    for (const format of ['qti', 'qti-template'] as const) {
      const {'imsmanifest.xml': _manifest, ...files} = unzipSync(
        exported(quizzes, format) as Uint8Array
      )
      const result = xmllint(writeTemporary(files), qtiSchemas.qti)
      expect(result.errors).toEqual([])
      expect(result.status).toBe(0)
    }
  })

  it('the Moodle file is well-formed and the Canvas assessment validates against QTI ASI 1.2', () => {
    const moodle = xmllint(writeTemporary({'moodle.xml': exported(quizzes, 'moodle')}))
    expect(moodle.errors).toEqual([])
    const files = unzipSync(exported(quizzes, 'canvas') as Uint8Array)
    const assessment = files['remark-rnn-quiz/remark-rnn-quiz.xml'] as Uint8Array
    const result = xmllint(writeTemporary({'assessment.xml': assessment}), qtiSchemas.qti12)
    expect(result.errors).toEqual([])
    expect(result.status).toBe(0)
  })
})
