import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  answerValues,
  countParameters,
  judgeOptions,
  recogniseMistakes
} from '../../src/core/index.js'

describe('the right numbers in another order', () => {
  // input 5 · 10 = 50, recurrent 10 · 10 + 10 = 110, output 10 · 2 + 2 = 22.
  const breakdown = countParameters({inputs: 5, units: [10], outputs: 2})
  const ask = ['input', 'recurrent', 'output']

  it('are recognised whichever two are swapped, as a full reversal is', () => {
    expect(answerValues(breakdown, ask)).toEqual([50, 110, 22])
    const verdicts = judgeOptions(breakdown, ask, [
      [110, 50, 22],
      [50, 22, 110],
      [22, 110, 50],
      [22, 50, 110],
      [50, 110, 22]
    ])
    expect(verdicts.map((verdict) => [verdict.correct, verdict.mistakes[0]])).toEqual([
      [false, 'order-swapped'],
      [false, 'order-swapped'],
      [false, 'order-swapped'],
      [false, 'order-swapped'],
      [true, undefined]
    ])
    // The reversal is named once, not twice.
    expect(recogniseMistakes(breakdown, ask, [22, 110, 50])).toEqual(['order-swapped'])
  })

  it('are not a reordering when a number differs, or when the order is right', () => {
    expect(recogniseMistakes(breakdown, ask, [110, 50, 20])).not.toContain('order-swapped')
    expect(recogniseMistakes(breakdown, ask, [50, 110, 22])).toEqual([])
    expect(recogniseMistakes(breakdown, ask, [110, 50])).not.toContain('order-swapped')
  })

  it('any permutation of the right numbers of any network is "the right numbers in the wrong order"', () => {
    const network = fc.record({
      inputs: fc.integer({min: 1, max: 40}),
      units: fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 3}),
      outputs: fc.integer({min: 0, max: 10}),
      cell: fc.constantFrom('rnn', 'lstm', 'gru'),
      framework: fc.constantFrom('keras', 'pytorch')
    })
    const asked = fc.shuffledSubarray(['input', 'recurrent', 'output', 'rnn', 'total'], {
      minLength: 2
    })
    fc.assert(
      fc.property(network, asked, fc.integer(), (description, askNames, seed) => {
        const counted = countParameters(description)
        const right = answerValues(counted, askNames)
        const order = fc.sample(fc.shuffledSubarray(right, {minLength: right.length}), {
          numRuns: 1,
          seed
        })[0] as number[]
        const [verdict] = judgeOptions(counted, askNames, [order])
        const same = order.every((value, index) => value === right[index])
        if (same) expect(verdict?.correct).toBe(true)
        else {
          expect(verdict?.correct).toBe(false)
          expect(verdict?.mistakes[0]).toBe('order-swapped')
          expect(verdict?.mistakes.filter((id) => id === 'order-swapped')).toHaveLength(1)
        }
      }),
      {numRuns: 300}
    )
  })
})
