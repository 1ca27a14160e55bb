import {describe, expect, it} from 'vitest'
import {countParameters, validateDescription} from '../../src/index.js'

/** The problems of a description, as `[ruleId, attribute]`. */
function problems(input: Record<string, string | number | boolean | number[]>) {
  const validation = validateDescription(input)
  return validation.ok ? [] : validation.problems.map((p) => [p.ruleId, p.attribute])
}

describe('the vocabulary of dense heads, merge modes and encoder–decoders', () => {
  it('reads `outputs` as a list of dense layers; `0` alone is none', () => {
    const read = (outputs: string | number | number[]) => {
      const validation = validateDescription({inputs: 4, units: 5, outputs})
      return validation.ok ? validation.description.outputs : validation.problems
    }
    expect(read('64,1')).toEqual([64, 1])
    expect(read(' 64 , 1 ')).toEqual([64, 1])
    expect(read('3')).toEqual([3])
    expect(read(3)).toEqual([3])
    expect(read([64, 1])).toEqual([64, 1])
    expect(read('0')).toEqual([])
    expect(read(0)).toEqual([])
    expect(read([])).toEqual([])
    expect(read([0])).toEqual([])
  })

  it.each([
    [{outputs: '64,,1'}, 'empty-value', 'outputs'],
    [{outputs: ''}, 'empty-value', 'outputs'],
    [{outputs: '0,3'}, 'out-of-range', 'outputs'],
    [{outputs: '3,0'}, 'out-of-range', 'outputs'],
    [{outputs: [0, 3]}, 'out-of-range', 'outputs'],
    [{outputs: '-1'}, 'out-of-range', 'outputs'],
    [{outputs: '2.5,1'}, 'not-an-integer', 'outputs'],
    [{merge: 'max', bidirectional: true}, 'invalid-choice', 'merge'],
    [{merge: '', bidirectional: true}, 'empty-value', 'merge'],
    [{merge: 'sum'}, 'conflicting-options', 'merge'],
    [{merge: 'concat'}, 'conflicting-options', 'merge'],
    [{merge: 'sum', bidirectional: true, framework: 'pytorch'}, 'conflicting-options', 'merge'],
    [{'decoder-units': '5'}, 'missing-attribute', 'decoder-units'],
    [{'decoder-vocab': '50'}, 'missing-attribute', 'decoder-vocab'],
    [{'decoder-inputs': '0'}, 'out-of-range', 'decoder-inputs'],
    [{'decoder-inputs': 'x'}, 'not-a-number', 'decoder-inputs'],
    [{'decoder-inputs': '3', 'decoder-units': '5,,5'}, 'empty-value', 'decoder-units'],
    [{'decoder-inputs': '3', 'decoder-vocab': '-2'}, 'out-of-range', 'decoder-vocab'],
    [{'decoder-inputs': '3', 'decoder-units': '6'}, 'mismatched-state', 'decoder-units'],
    [{'decoder-inputs': '3', 'decoder-units': '5,5'}, 'mismatched-state', 'decoder-units'],
    [{'decoder-inputs': '3', 'return-sequences': true}, 'conflicting-options', 'return-sequences']
  ])('%o → %s on %s', (extra, ruleId, attribute) => {
    expect(problems({inputs: 4, units: 5, ...extra})).toEqual([[ruleId, attribute]])
  })

  it('says which dense layer is empty, with a dense example', () => {
    const validation = validateDescription({inputs: 4, units: 5, outputs: '64,,1'})
    expect(validation.ok ? '' : validation.problems[0]?.message).toBe(
      '`outputs` has an empty entry (dense layer 2); write one size per layer, such as `outputs=64,1`.'
    )
  })

  it('suggests `concat` for a merge mode Keras does not have, and the nearest for a typo', () => {
    const suggestion = (merge: string) => {
      const validation = validateDescription({inputs: 4, units: 5, bidirectional: true, merge})
      return validation.ok ? undefined : validation.problems[0]?.suggestion
    }
    expect(suggestion('max')).toBe('concat')
    expect(suggestion('summ')).toBe('sum')
    expect(suggestion('avg')).toBe('ave')
  })

  it('says which layer and widths do not meet, and what would fit', () => {
    const validation = validateDescription({
      inputs: 4,
      units: '32,16',
      bidirectional: true,
      'decoder-inputs': 8,
      'decoder-units': '64,16'
    })
    expect(validation.ok).toBe(false)
    const [problem] = validation.ok ? [] : validation.problems
    expect(problem?.message).toContain('Decoder layer 2 has 16 units')
    expect(problem?.message).toContain("encoder layer 2's final state, which is 32 wide")
    expect(problem?.message).toContain('`decoder-units=64,32`')
    expect(problem?.suggestion).toBe('64,32')
    const layers = validateDescription({
      inputs: 4,
      units: 5,
      'decoder-inputs': 8,
      'decoder-units': '5,5'
    })
    expect(layers.ok ? '' : layers.problems[0]?.message).toContain(
      'The decoder has 2 layers and the encoder 1 layer'
    )
  })

  it('defaults the decoder to what the hand-over requires', () => {
    const validation = validateDescription({
      inputs: 4,
      units: '8,6',
      bidirectional: true,
      merge: 'sum',
      decoderInputs: 3,
      decoderVocab: 20
    })
    expect(validation.ok && validation.description.decoder).toEqual({
      inputs: 3,
      units: [16, 12],
      vocab: 20
    })
    expect(validation.ok && validation.description.merge).toBe('sum')
  })

  it('takes a typed decoder back, as a `NetworkDescription` has it', () => {
    const first = countParameters({inputs: 4, units: 5, 'decoder-inputs': 3, outputs: '7,2'})
    const {decoder, outputs} = first.description
    const again = countParameters({inputs: 4, units: 5, decoder, outputs})
    expect(again.total).toBe(first.total)
    expect(validateDescription({inputs: 4, units: 5, decoder: null}).ok).toBe(true)
  })

  it('checks merge and the hand-over only against an encoder it could read', () => {
    expect(problems({inputs: 4, units: 5, bidirectional: 'ture', merge: 'sum'})).toEqual([
      ['invalid-boolean', 'bidirectional']
    ])
    expect(problems({inputs: 4, decoderInputs: 3, decoderUnits: 7})).toEqual([
      ['missing-attribute', 'units']
    ])
    expect(problems({inputs: 4, units: '5,,5', decoderInputs: 3, decoderUnits: 7})).toEqual([
      ['empty-value', 'units']
    ])
  })

  it('reports every problem of one directive at once', () => {
    expect(
      problems({inputs: 4, units: 5, outputs: '64,,1', merge: 'max', 'decoder-units': '9'})
    ).toEqual([
      ['empty-value', 'outputs'],
      ['invalid-choice', 'merge'],
      ['missing-attribute', 'decoder-units']
    ])
    // One message for `merge`: an unknown word is not also "merge without bidirectional".
    expect(problems({inputs: 4, units: 5, merge: 'sum'})).toEqual([
      ['conflicting-options', 'merge']
    ])
  })
})
