import {describe, expect, it} from 'vitest'
import {countParameters, explainQuantity, validateDescription} from '../../src/core/index.js'
import type {DescriptionInput} from '../../src/index.js'

// Descriptions from code (not from Markdown) carry numbers, booleans and
// arrays; each type is read as strictly as the author's text.
function problemOf(input: DescriptionInput) {
  const validation = validateDescription(input)
  if (validation.ok) throw new Error('expected a problem')
  return validation.problems[0]
}

describe('typed description values', () => {
  it.each([
    [{inputs: 2.5, units: 5}, 'not-an-integer', '`inputs` must be a whole number, not 2.5.'],
    [{inputs: true, units: 5}, 'not-a-number', '`inputs` must be a whole number.'],
    [{inputs: 4, units: 0}, 'out-of-range', '`units` must be at least 1'],
    [{inputs: 4, units: [64, 0]}, 'out-of-range', '`units` must be at least 1'],
    [
      {inputs: 4, units: 5, bidirectional: 1},
      'invalid-boolean',
      '`bidirectional` must be `true` or `false`.'
    ],
    [{inputs: 4, units: 5, 'proj-size': -1}, 'out-of-range', '`proj-size` must be zero or more'],
    [
      {inputs: 4, units: ''},
      'empty-value',
      '`units` needs a value, such as `units=5` or `units=64,32`.'
    ],
    [{inputs: 4, units: true}, 'not-a-number', '`units` must be a whole number.'],
    [
      {inputs: 4, units: 5, cell: 3},
      'empty-value',
      '`cell` needs a value: one of `rnn`, `lstm`, `gru`'
    ]
  ] as const)('%j is refused (%s)', (input, ruleId, message) => {
    const problem = problemOf(input as DescriptionInput)
    expect(problem?.ruleId).toBe(ruleId)
    expect(problem?.message).toContain(message)
  })

  it('reads a number, an array and a boolean as the text would be read', () => {
    const typed = countParameters({inputs: 4, units: [6, 5], outputs: 3, bidirectional: false})
    const written = countParameters({
      inputs: '4',
      units: '6,5',
      outputs: '3',
      bidirectional: 'false'
    })
    expect(typed.total).toBe(written.total)
    expect(countParameters({inputs: 4, units: 5}).total).toBe(
      countParameters({inputs: '4', units: '5'}).total
    )
  })
})

describe('explainQuantity', () => {
  // The seed: 4 inputs, 5 units, 3 outputs = 20 + (25 + 5) + (15 + 3) = 68.
  const seed = countParameters({inputs: 4, units: 5, outputs: 3})

  it.each([
    ['input', 'input = 4 · 5 = 20'],
    ['recurrent', 'recurrent = 5 · 5 + 5 = 30'],
    ['rnn', 'rnn = 20 + 30 = 50'],
    ['total', 'total = 20 + 30 + 18 = 68'],
    [' Output ', 'output = 5 · 3 + 3 = 18'],
    ['embedding', 'embedding = 0']
  ])('%j', (name, text) => {
    expect(explainQuantity(seed, name)).toBe(text)
  })

  it('a term by its id, and a name that is no quantity', () => {
    const term = seed.terms[0]
    if (!term) throw new Error('no term')
    expect(explainQuantity(seed, term.id)).toMatch(new RegExp(`^${term.id} = .* = ${term.count}$`))
    expect(explainQuantity(seed, 'nothing')).toBe('nothing = 0')
  })
})
