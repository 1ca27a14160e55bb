import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/index.js'

const partsInOrder = ['embedding', 'encoder', 'decoder', 'head']

/** A network of any of the new shapes, as an author writes it. */
const network = fc
  .record({
    inputs: fc.integer({min: 1, max: 40}),
    units: fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 3}),
    outputs: fc.array(fc.integer({min: 1, max: 40}), {maxLength: 3}),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    bias: fc.boolean(),
    vocab: fc.nat(60),
    decoder: fc.option(fc.record({inputs: fc.integer({min: 1, max: 40}), vocab: fc.nat(60)}))
  })
  .map(({decoder, merge, outputs, ...rest}) => ({
    ...rest,
    outputs: outputs.length === 0 ? 0 : outputs,
    ...(rest.bidirectional ? {merge: rest.framework === 'pytorch' ? 'concat' : merge} : {}),
    ...(decoder === null ? {} : {decoderInputs: decoder.inputs, decoderVocab: decoder.vocab})
  }))

describe('parts of a network, as properties', () => {
  it('the parts sum to the total, and so do the kinds', () => {
    fc.assert(
      fc.property(network, (description) => {
        const {groups, terms, total} = countParameters(description)
        const byPart = (part: string) =>
          terms.filter((term) => term.part === part).reduce((sum, term) => sum + term.count, 0)
        expect(byPart('embedding') + byPart('encoder') + byPart('decoder') + byPart('head')).toBe(
          total
        )
        expect([groups.encoder, groups.decoder, groups.head]).toEqual([
          byPart('encoder'),
          byPart('decoder'),
          byPart('head')
        ])
        expect(groups.embedding + groups.encoder + groups.decoder + groups.head).toBe(total)
        expect(groups.embedding + groups.rnn + groups.dense + groups.output).toBe(groups.total)
        expect(groups.encoder + groups.decoder).toBe(groups.rnn)
        expect(groups.total).toBe(total)
      })
    )
  })

  it('terms come in the table’s order of parts, with distinct ids and symbols', () => {
    fc.assert(
      fc.property(network, (description) => {
        const {terms} = countParameters(description)
        const order = terms.map((term) => partsInOrder.indexOf(term.part))
        expect(order).toEqual([...order].sort((a, b) => a - b))
        expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length)
        expect(new Set(terms.map((term) => term.symbol)).size).toBe(terms.length)
      })
    )
  })
})
