import {expect, it} from 'vitest'
import {closest, didYouMean} from '../../src/core/suggest.js'

it('writes the one "Did you mean" sentence, shown as the caller needs', () => {
  expect(didYouMean(closest('lstmm', ['rnn', 'lstm', 'gru']))).toBe(' Did you mean `lstm`?')
  expect(didYouMean('seed', (name) => `--${name}`)).toBe(' Did you mean --seed?')
  expect(didYouMean(closest('transformer', ['rnn', 'lstm', 'gru']))).toBe('')
})
