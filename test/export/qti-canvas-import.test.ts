import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import type {LmsChoiceVariant} from '../../src/export/index.js'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {canvasImportChoiceItem, canvasImportTest} from '../helpers/canvas-qti21-importer.js'
import {exported, lesson, pageQuizzes} from './quizzes.js'

const quizzes = pageQuizzes(lesson, {seed: 2026, variants: 4})
const variants = lmsQuestions(quizzes, {
  format: 'qti',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
}).flatMap((question) => question.variants as LmsChoiceVariant[])
const zip = unzipSync(exported(quizzes, 'qti') as Uint8Array)
const decode = (path: string) => new TextDecoder().decode(zip[path])

describe('QTI 2.1 as Canvas imports it', () => {
  const test = canvasImportTest(decode('test.xml'))

  it('makes each quiz with variants a group picking one, with no stray text-only question', () => {
    expect(
      test.map((entry) =>
        entry.kind === 'group' ? [entry.kind, entry.pick, entry.hrefs.length] : [entry.kind]
      )
    ).toEqual([['group', 1, 4], ['group', 1, 4], ['question']])
  })

  it('hangs every option’s feedback on that option, with correct and general comments', () => {
    const hrefs = test.flatMap((entry) =>
      entry.kind === 'group' ? entry.hrefs : entry.kind === 'question' ? [entry.href] : []
    )
    expect(hrefs).toHaveLength(variants.length)
    for (const [index, href] of hrefs.entries()) {
      const variant = variants[index] as LmsChoiceVariant
      const item = canvasImportChoiceItem(decode(href))
      expect(item.choices.map((choice) => choice.weight)).toEqual(
        variant.choices.map((choice) => (choice.correct ? 100 : 0))
      )
      expect(item.choices.map((choice) => choice.comments)).toEqual(
        variant.choices.map((choice) => choice.feedbackText)
      )
      const right = variant.choices.find((choice) => choice.correct)
      expect(item.correctComments).toBe(`<p>${right?.feedbackText}</p>`)
      expect(item.neutralComments).toMatch(/<table[ >]/)
      expect(item.incorrectComments).toBeUndefined()
    }
  })
})
