import {describe, expect, it} from 'vitest'
import {
  countParameters,
  generateOptions,
  judgeOptions,
  mistakes,
  readOptionNumbers
} from '../../src/core/index.js'

describe('readOptionNumbers', () => {
  it.each([
    ['12, 20', 2, [12, 20]],
    ['12 and 20', 2, [12, 20]],
    ['12; 20', 2, [12, 20]],
    ['12,20', 2, [12, 20]],
    ['1,234', 1, [1234]],
    ['1 234', 1, [1234]],
    ['1 234 567', 1, [1234567]],
    ['1,408; 912', 2, [1408, 912]],
    ['32 parameters', 1, [32]],
    ['input 12, recurrent 20', 2, [12, 20]]
  ] as const)('reads %j as %j', (text, expected, values) => {
    expect(readOptionNumbers(text, expected)).toEqual({ok: true, values})
  })

  it.each([
    ['1,234', 2, 'reads as one number with a thousands separator'],
    ['12 200', 2, 'reads as one number'],
    ['1.5', 1, 'decimal point'],
    ['1.234', 1, 'decimal point'],
    ['twelve', 1, 'has no number'],
    ['12, 20, 32', 2, 'gives 3 numbers, but `ask` names 2']
  ] as const)('refuses %j for %d quantities', (text, expected, reason) => {
    const reading = readOptionNumbers(text, expected)
    expect(reading.ok).toBe(false)
    expect(!reading.ok && reading.reason).toContain(reason)
  })
})

describe('judging and generating options', () => {
  const seed = countParameters({inputs: 3, units: 4})

  it('finds the seed key B and names the swapped order of D', () => {
    const verdicts = judgeOptions(
      seed,
      ['input', 'recurrent'],
      [
        [16, 9],
        [12, 20],
        [9, 16],
        [20, 12]
      ]
    )
    expect(verdicts.map((verdict) => verdict.correct)).toEqual([false, true, false, false])
    expect(verdicts[3]?.mistakes).toEqual(['order-swapped'])
  })

  it('recognises every mistake in the catalogue somewhere', () => {
    const networks = [
      {inputs: 3, units: 5, outputs: 2},
      {inputs: 3, units: 5, framework: 'pytorch'},
      {inputs: 3, units: 5, cell: 'gru'},
      {inputs: 3, units: '5,7', bidirectional: true},
      {inputs: 3, units: 5, vocab: 50},
      {inputs: 3, units: '5,4', outputs: '6,2', bidirectional: true, merge: 'sum'},
      {inputs: 3, units: 5, bidirectional: true, decoderInputs: 4, decoderVocab: 20, outputs: 20}
    ] as const
    const seen = new Set<string>()
    for (const network of networks) {
      const right = countParameters(network)
      for (const mistake of mistakes) {
        const wrong = mistake.apply(right)
        if (wrong && wrong.total !== right.total) {
          const [verdict] = judgeOptions(right, ['total'], [[wrong.total]])
          if (verdict?.mistakes.includes(mistake.id)) seen.add(mistake.id)
        }
      }
    }

    expect([...seen].sort()).toEqual(mistakes.map((mistake) => mistake.id).sort())
  })

  it('generates four distinct options with one right answer, the same every time', () => {
    for (const network of [
      {inputs: 4, units: 5, outputs: 3},
      {inputs: 1, units: 1},
      {inputs: 10, units: '8,6', cell: 'lstm', bidirectional: true},
      {inputs: 7, units: 3, cell: 'gru', framework: 'pytorch', outputs: 2}
    ] as const) {
      const breakdown = countParameters(network)
      for (const ask of [['total'], ['input', 'recurrent'], ['rnn']]) {
        const generated = generateOptions(breakdown, ask)
        expect(generated.options).toHaveLength(4)
        const texts = generated.options.map((option) => option.values.join(','))
        expect(new Set(texts).size).toBe(4)
        expect(generated.options.filter((option) => option.correct)).toHaveLength(1)
        expect(generated.options[generated.key]?.correct).toBe(true)
        for (const option of generated.options) {
          expect(option.correct || option.mistakes.length === 1).toBe(true)
        }

        expect(generateOptions(breakdown, ask)).toEqual(generated)
      }
    }
  })
})
