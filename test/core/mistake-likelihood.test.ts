import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  countParameters,
  generateOptions,
  judgeOptions,
  mistakenValues,
  mistakes
} from '../../src/core/index.js'
import {byLikelihood} from '../../src/core/quiz/check-quiz.js'
import {exported, pageQuizzes} from '../export/quizzes.js'

// Where several typical mistakes give the same number, the likeliest is
// named first: each mistake declares how likely it is (`rank`).

// 3 inputs, 4 units, 4 outputs: the output layer adds 4 · 4 + 4 = 20. A
// forgotten output bias gives 16, and so do inputs and units swapped (3 · 4 + 4).
const network = countParameters({inputs: 3, units: [4], outputs: 4})
const rankOf = (id: string) =>
  id === 'order-swapped' ? 0 : (mistakes.find((mistake) => mistake.id === id)?.rank ?? 99)

describe('mistakes by likelihood', () => {
  it('name a forgotten output bias before a swap, for a listed option and a number answer', () => {
    const [verdict] = judgeOptions(network, ['output'], [[16]])
    expect(verdict?.mistakes).toEqual(['output-bias-forgotten', 'swap-inputs-units'])
    const sixteen = mistakenValues(network, ['output']).find((entry) => entry.values[0] === 16)
    expect(sixteen?.mistakes).toEqual(['output-bias-forgotten', 'swap-inputs-units'])
  })

  it('explain a generated option by its likeliest mistake', () => {
    const sixteen = generateOptions(network, ['output']).options.find(
      (option) => option.values[0] === 16
    )
    expect(sixteen?.mistakes).toEqual(['output-bias-forgotten'])
  })

  it('lead the feedback of every export, the others listed after', () => {
    const quizzes = pageQuizzes(
      ':::rnn-quiz{inputs=3 units=4 outputs=4 ask=output answer=B}\nWhat does the output layer add?\n\n- 16\n- 20\n:::\n'
    )
    for (const format of ['gift', 'moodle'] as const) {
      expect(exported(quizzes, format), format).toContain(
        'the output bias forgotten; inputs and units swapped'
      )
    }
  })

  it('put the right numbers in another order before any named mistake', () => {
    expect(byLikelihood(['per-time-step', 'swap-inputs-units', 'order-swapped'])).toEqual([
      'order-swapped',
      'swap-inputs-units',
      'per-time-step'
    ])
  })

  it('every mistake declares a rank from 1 to 4', () => {
    for (const mistake of mistakes) expect([1, 2, 3, 4]).toContain(mistake.rank)
  })

  it('any option’s mistakes come likeliest first', () => {
    const description = fc.record({
      inputs: fc.integer({min: 1, max: 12}),
      units: fc.array(fc.integer({min: 1, max: 12}), {minLength: 1, maxLength: 2}),
      outputs: fc.integer({min: 0, max: 6}),
      cell: fc.constantFrom('rnn', 'lstm', 'gru'),
      framework: fc.constantFrom('keras', 'pytorch')
    })
    fc.assert(
      fc.property(description, fc.integer({min: 1, max: 400}), (d, value) => {
        const counted = countParameters(d)
        for (const ask of [['total'], ['output'], ['rnn']]) {
          const [verdict] = judgeOptions(counted, ask, [[value]])
          const ranks = (verdict?.mistakes ?? []).map(rankOf)
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        }
      })
    )
  })
})
