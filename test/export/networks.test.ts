import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import {exported, pageQuizzes} from './quizzes.js'

// Quizzes on the new shapes, with ranges in the new sizes, exported for an LMS.
const page = `:::rnn-quiz{vocab=500 inputs=8 units=16 bidirectional outputs=32..64,1 cell=lstm ask="head total"}
A text classifier: how many parameters in its dense layers, and in all?
:::

::rnn-quiz{inputs=4..6 units=5 decoder-inputs=8..16 decoder-vocab=20..40 outputs=30 ask="decoder decoder-embedding"}
`

describe('quizzes on dense heads and encoder–decoders, exported', () => {
  const quizzes = pageQuizzes(page, {variants: 5, seed: 2026})

  it('draws variants inside the ranges of the new sizes', () => {
    expect(quizzes).toHaveLength(2)
    const [classifier, pair] = quizzes
    for (const variant of classifier?.variants ?? []) {
      const dense = variant.breakdown.description.outputs
      expect(dense).toHaveLength(2)
      expect(dense[0]).toBeGreaterThanOrEqual(32)
      expect(dense[0]).toBeLessThanOrEqual(64)
      expect(dense[1]).toBe(1)
    }
    const widths = new Set(pair?.variants.map((v) => v.breakdown.description.decoder?.inputs))
    expect(widths.size).toBeGreaterThan(1)
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(8)
  })

  it('writes GIFT that parses back, one question per variant', () => {
    const questions = parseGift(exported(quizzes, 'gift')).filter(
      (question) => question.type === 'MC'
    )
    expect(questions).toHaveLength(10)
  })

  it('writes Moodle XML naming the new mistakes in feedback', () => {
    const xml = exported(quizzes, 'moodle')
    expect(xml).toContain('<question type="multichoice">')
    expect(xml).toMatch(/embedding|decoder/)
  })
})
