import fc from 'fast-check'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import {answerValues, countParameters, readOptionNumbers} from '../../src/core/index.js'
import type {ExportFormat} from '../../src/export/index.js'
import {exported, lesson, pageQuizzes} from './quizzes.js'

const formats: ExportFormat[] = ['moodle', 'gift', 'qti', 'qti-template', 'canvas']
const bytes = (content: string | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content

describe('determinism', () => {
  it.each(formats)(
    '%s: the same seed gives byte-identical files, another seed other variants',
    (format) => {
      const once = bytes(exported(pageQuizzes(lesson, {seed: 'autumn', variants: 3}), format))
      const again = bytes(exported(pageQuizzes(lesson, {seed: 'autumn', variants: 3}), format))
      const other = bytes(exported(pageQuizzes(lesson, {seed: 'spring', variants: 3}), format))
      expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true)
      expect(Buffer.from(other).equals(Buffer.from(once))).toBe(false)
    }
  )

  it('gives the page’s own variant as the first exported one', () => {
    const page = pageQuizzes(lesson, {seed: 'autumn'})
    const exportedQuizzes = pageQuizzes(lesson, {seed: 'autumn', variants: 6})
    expect(exportedQuizzes.map((quiz) => quiz.variants[0]?.sizes)).toEqual(
      page.map((quiz) => quiz.variants[0]?.sizes)
    )
  })
})

const sizeRange = (low: number, high: number) =>
  fc
    .tuple(fc.integer({min: low, max: high}), fc.integer({min: 0, max: 6}))
    .map(([min, width]) => ({min, max: min + width}))

describe('property: random ranges', () => {
  it('every exported variant has exactly one right option, distinct options, and the key the core computes', () => {
    fc.assert(
      fc.property(
        sizeRange(1, 12),
        fc.array(sizeRange(1, 16), {minLength: 1, maxLength: 2}),
        sizeRange(0, 5),
        fc.constantFrom('rnn', 'lstm', 'gru'),
        fc.constantFrom('keras', 'pytorch'),
        fc.constantFrom('total', 'input recurrent', 'rnn', 'recurrent'),
        fc.string({minLength: 0, maxLength: 6}),
        fc.boolean(),
        (inputs, units, outputs, cell, framework, generatedAsk, seed, authored) => {
          const range = ({min, max}: {min: number; max: number}) => `${min}..${max}`
          const sizes = `inputs=${range(inputs)} units=${units.map(range).join(',')} outputs=${range(outputs)} cell=${cell} framework=${framework}`
          // Authored options can coincide for some sizes (n·h = h·h + h when n = h + 1): those draws are redrawn.
          const ask = authored ? 'input recurrent' : generatedAsk
          const page = authored
            ? `:::rnn-quiz{${sizes} ask="input recurrent" answer=B}\n- {recurrent}, {input}\n- {input}, {recurrent}\n- {n * h}, {h * h}\n:::\n`
            : `::rnn-quiz{${sizes} ask="${ask}"}\n`
          let quizzes: ReturnType<typeof pageQuizzes>
          try {
            quizzes = pageQuizzes(page, {seed, variants: 3})
          } catch (error) {
            // Only a range with no valid variant at all may refuse, and it says so.
            expect(String(error)).toContain('No variant drawn from these ranges')
            return
          }
          const gift = parseGift(new TextDecoder().decode(bytes(exported(quizzes, 'gift'))))
          const questions = gift.filter((question) => question.type === 'MC')
          const variants = quizzes.flatMap((quiz) => quiz.variants)
          expect(questions).toHaveLength(variants.length)
          for (const [index, question] of questions.entries()) {
            const variant = variants[index]
            if (!variant || question.type !== 'MC') throw new Error('missing')
            const asked = ask.split(' ')
            const values = question.choices.map((choice) => {
              const reading = readOptionNumbers(
                choice.text.text.replace(/<[^>]+>/g, ''),
                asked.length
              )
              if (!reading.ok) throw new Error(reading.reason)
              return reading.values.join(',')
            })
            expect(question.choices.filter((choice) => choice.isCorrect)).toHaveLength(1)
            expect(new Set(values).size).toBe(values.length)
            // The network recounted from the variant's own sizes, independently of the quiz.
            const sizes = variant.sizes
            const network = countParameters({
              inputs: sizes.inputs,
              units: sizes.units,
              outputs: sizes.outputs,
              cell,
              framework
            })
            const key = question.choices.findIndex((choice) => choice.isCorrect)
            expect(values[key]).toBe(answerValues(network, asked).join(','))
            for (const size of sizes.inputs?.split(',') ?? []) {
              expect(Number(size)).toBeGreaterThanOrEqual(inputs.min)
              expect(Number(size)).toBeLessThanOrEqual(inputs.max)
            }
          }
        }
      ),
      {numRuns: 60}
    )
  })
})
