import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {DescriptionInput} from '../../src/core/index.js'
import {
  analyseDescription,
  countParameters,
  descriptionInput,
  explorerSizes,
  limits,
  withSize
} from '../../src/core/index.js'

const size = fc.integer({min: 1, max: 40})

/** Descriptions of every kind an author may write (some the core refuses, which are skipped). */
const written: fc.Arbitrary<DescriptionInput> = fc.record(
  {
    inputs: size,
    units: fc.array(size, {minLength: 1, maxLength: 3}),
    outputs: fc.array(size, {maxLength: 2}),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    bias: fc.boolean(),
    'reset-after': fc.boolean(),
    'proj-size': fc.integer({min: 1, max: 3}),
    vocab: size,
    'return-sequences': fc.boolean(),
    timesteps: size,
    'decoder-inputs': size,
    'decoder-vocab': size
  },
  {requiredKeys: ['inputs', 'units']}
)

describe('the sizes an explorer offers', () => {
  it('writes back any network as a description the core counts the same', () => {
    fc.assert(
      fc.property(written, (input) => {
        const analysis = analyseDescription(input)
        fc.pre(analysis.ok)
        if (!analysis.ok) return
        const again = analyseDescription(descriptionInput(analysis.breakdown.description) as never)
        expect(again.ok && again.breakdown).toEqual(analysis.breakdown)
      }),
      {numRuns: 400}
    )
  })

  it('lists every size with its symbol and the caps, the decoder’s units following the encoder’s', () => {
    const network = countParameters({
      inputs: 32,
      units: [64, 48],
      outputs: [10, 4],
      vocab: 1000,
      'decoder-inputs': 16,
      'decoder-vocab': 800
    }).description
    expect(
      explorerSizes(network).map(({name, index, symbol, value}) => [name, index, symbol, value])
    ).toEqual([
      ['inputs', undefined, 'n', 32],
      ['units', 0, 'h₁', 64],
      ['units', 1, 'h₂', 48],
      ['outputs', 0, 'o₁', 10],
      ['outputs', 1, 'o₂', 4],
      ['vocab', undefined, 'V', 1000],
      ['decoder-inputs', undefined, 'd', 16],
      ['decoder-vocab', undefined, 'V′', 800]
    ])
    for (const entry of explorerSizes(network)) {
      expect(entry.min).toBe(1)
      expect(entry.max).toBe(limits.size)
    }
    const projected = countParameters({
      inputs: 4,
      units: 8,
      'proj-size': 2,
      cell: 'lstm',
      framework: 'pytorch'
    })
    expect(explorerSizes(projected.description).at(-1)).toMatchObject({
      name: 'proj-size',
      symbol: 'p',
      value: 2
    })
    // A decoder without an Embedding has no vocabulary to change.
    const plain = countParameters({inputs: 4, units: 8, 'decoder-inputs': 3}).description
    expect(explorerSizes(plain).map((entry) => entry.name)).toEqual([
      'inputs',
      'units',
      'decoder-inputs'
    ])
  })

  it('sets one size, or one entry of a list, leaving the description it was given as it was', () => {
    const input = {inputs: 4, units: [5, 6], outputs: [3]}
    expect(withSize(input, {name: 'inputs'}, 9)).toEqual({inputs: 9, units: [5, 6], outputs: [3]})
    expect(withSize(input, {name: 'units', index: 1}, 7)).toEqual({
      inputs: 4,
      units: [5, 7],
      outputs: [3]
    })
    expect(input).toEqual({inputs: 4, units: [5, 6], outputs: [3]})
  })
})
