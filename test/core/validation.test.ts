import {describe, expect, it} from 'vitest'
import type {DescriptionInput} from '../../src/index.js'
import {countParameters, validateDescription} from '../../src/index.js'

/** The single problem a description has, or a failure when it has none or several. */
function problemOf(input: DescriptionInput) {
  const validation = validateDescription(input)
  if (validation.ok) throw new Error('expected a problem')
  expect(validation.problems).toHaveLength(1)
  return validation.problems[0]
}

const base = {inputs: '4', units: '5'}

describe('validateDescription', () => {
  it.each([
    [{units: '5'}, 'missing-attribute', 'Missing `inputs`'],
    [{...base, units: '0'}, 'out-of-range', '`units` must be at least 1, not 0.'],
    [{...base, units: '-3'}, 'out-of-range', '`units` must be a positive whole number, not -3.'],
    [{...base, units: '2.5'}, 'not-an-integer', '`units` must be a whole number, not 2.5.'],
    [{...base, inputs: '1e3'}, 'not-a-number', 'not in exponent form (1e3)'],
    [{...base, inputs: '0x10'}, 'not-a-number', 'in decimal digits, not as 0x10'],
    [{...base, inputs: '٤'}, 'not-a-number', 'must use the digits 0–9'],
    [{...base, inputs: '1,000'}, 'not-a-number', 'without separators: 1000'],
    [{...base, inputs: ''}, 'empty-value', '`inputs` needs a value'],
    [{...base, inputs: '   '}, 'empty-value', '`inputs` needs a value'],
    [{...base, inputs: 'four'}, 'not-a-number', 'must be a whole number; got `four`'],
    [{...base, inputs: '10000001'}, 'out-of-range', 'at most 10,000,000'],
    [{...base, inputs: '99999999999999999999999'}, 'out-of-range', 'at most 10,000,000'],
    [{...base, units: '64,,32'}, 'empty-value', 'empty entry (layer 2)'],
    [
      {...base, units: Array.from({length: 101}, () => 1).join(',')},
      'out-of-range',
      'at most 100 stacked'
    ],
    [{...base, outputs: '-1'}, 'out-of-range', 'positive whole number'],
    [{...base, cell: 'lstmm'}, 'invalid-choice', 'Did you mean `lstm`?'],
    [{...base, cell: 'transformer'}, 'invalid-choice', 'one of `rnn`, `lstm`, `gru`'],
    [{...base, framework: 'pytroch'}, 'invalid-choice', 'Did you mean `pytorch`?'],
    [{...base, bidirectional: 'ture'}, 'invalid-boolean', 'Did you mean `true`?'],
    [{...base, unit: '5'}, 'unknown-attribute', 'Unknown attribute `unit`. Did you mean `units`?'],
    [{...base, colour: 'red'}, 'unknown-attribute', 'Unknown attribute `colour`.'],
    [{...base, 'reset-after': 'false'}, 'conflicting-options', 'only applies to `cell=gru`'],
    [
      {...base, cell: 'gru', framework: 'pytorch', 'reset-after': 'true'},
      'conflicting-options',
      'is a Keras option'
    ],
    [{...base, cell: 'lstm', 'proj-size': '2'}, 'conflicting-options', 'add `framework=pytorch`'],
    [
      {...base, cell: 'gru', framework: 'pytorch', 'proj-size': '2'},
      'conflicting-options',
      'only applies to `cell=lstm`'
    ],
    [
      {...base, cell: 'lstm', framework: 'pytorch', 'proj-size': '5'},
      'conflicting-options',
      'must be smaller than `units` (5)'
    ],
    [
      {units: '5', vocab: '1000'},
      'missing-attribute',
      "with `vocab`, say how wide each word's Embedding vector is"
    ],
    [{...base, vocab: '10k'}, 'not-a-number', '`vocab` must be a whole number'],
    [{...base, vocab: '10000001'}, 'out-of-range', 'at most 10,000,000'],
    [{...base, vocab: '-1'}, 'out-of-range', '`vocab`'],
    [{...base, vocabs: '100'}, 'unknown-attribute', 'Did you mean `vocab`?'],
    [{...base, timesteps: '0'}, 'out-of-range', '`timesteps` must be at least 1, not 0.'],
    [{...base, timesteps: '2.5'}, 'not-an-integer', '`timesteps` must be a whole number'],
    [{...base, timestep: '7'}, 'unknown-attribute', 'Did you mean `timesteps`?'],
    [{...base, 'return-sequences': 'yes please'}, 'invalid-boolean', '`return-sequences`'],
    [{...base, 'return-sequence': 'true'}, 'unknown-attribute', 'Did you mean `return-sequences`?']
  ] as const)('%j → %s', (input, ruleId, message) => {
    const problem = problemOf(input)
    expect(problem?.ruleId).toBe(ruleId)
    expect(problem?.message).toContain(message)
  })

  it('reads vocab, return-sequences and timesteps, camel case too', () => {
    const validation = validateDescription({
      ...base,
      vocab: '10000',
      returnSequences: '',
      timesteps: 7
    })
    expect(validation.ok && validation.description).toMatchObject({
      vocab: 10000,
      returnSequences: true,
      timesteps: 7
    })
  })

  it('changes shapes, never counts, with return-sequences and timesteps', () => {
    const plain = countParameters({...base, outputs: 3})
    const sequences = countParameters({
      ...base,
      outputs: 3,
      'return-sequences': 'true',
      timesteps: '9'
    })
    expect(sequences.terms).toEqual(plain.terms)
    expect(sequences.total).toBe(plain.total)
  })

  it('counts an embedding as V × n in its own group, outside `rnn`', () => {
    const {groups, terms} = countParameters({vocab: 10000, inputs: 32, units: 32, outputs: 1})
    expect(groups).toEqual({
      embedding: 320000,
      input: 1024,
      recurrent: 1056,
      dense: 0,
      output: 33,
      rnn: 2080,
      encoder: 2080,
      decoder: 0,
      'decoder-embedding': 0,
      head: 33,
      total: 322113
    })
    expect(terms[0]).toMatchObject({
      id: 'embedding-weights',
      group: 'embedding',
      tensor: {name: 'embeddings', shape: [10000, 32]}
    })
    const torch = countParameters({vocab: 50, inputs: 4, units: 5, framework: 'pytorch'})
    expect(torch.terms[0]?.tensor).toEqual({name: 'weight', shape: [50, 4]})
  })

  it('reads a bare boolean attribute as true and camel-case names as kebab', () => {
    const validation = validateDescription({
      ...base,
      bidirectional: '',
      resetAfter: false,
      cell: 'gru'
    })
    expect(validation.ok && validation.description).toMatchObject({
      bidirectional: true,
      resetAfter: false
    })
  })

  it('accepts the names a caller handles itself and suggests among them', () => {
    expect(validateDescription({...base, model: 'x'}, {otherAttributes: ['model']}).ok).toBe(true)
    const validation = validateDescription({...base, modle: 'x'}, {otherAttributes: ['model']})
    expect(!validation.ok && validation.problems[0]?.suggestion).toBe('model')
  })

  it('does not report a missing attribute twice when its typo is reported', () => {
    const validation = validateDescription({inputs: '4', unit: '5'})
    expect(!validation.ok && validation.problems.map((problem) => problem.ruleId)).toEqual([
      'unknown-attribute'
    ])
  })

  it('does not report a conflict with a value it could not read', () => {
    const validation = validateDescription({...base, cell: 'gruu', 'reset-after': 'false'})
    expect(!validation.ok && validation.problems.map((problem) => problem.ruleId)).toEqual([
      'invalid-choice'
    ])
  })

  it('applies the defaults of the vocabulary', () => {
    const validation = validateDescription(base)
    expect(validation.ok && validation.description).toEqual({
      inputs: 4,
      units: [5],
      outputs: [],
      cell: 'rnn',
      framework: 'keras',
      bidirectional: false,
      merge: 'concat',
      decoder: null,
      bias: true,
      resetAfter: true,
      projSize: 0,
      vocab: 0,
      returnSequences: false,
      timesteps: null
    })
  })
})
