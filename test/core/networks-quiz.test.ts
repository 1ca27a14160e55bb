import {describe, expect, it} from 'vitest'
import {
  countParameters,
  explainQuantity,
  generateOptions,
  placeholderValues,
  recogniseMistakes
} from '../../src/core/index.js'

describe('mistakes of dense heads, merge modes and encoder–decoders', () => {
  it('recognises the hidden dense layer forgotten', () => {
    // 4·(3·8 + 8·8 + 8) = 384 recurrent, dense 8·16 + 16 = 144, output 16·2 + 2 = 34.
    const right = countParameters({inputs: 3, units: 8, cell: 'lstm', outputs: '16,2'})
    expect(right.total).toBe(384 + 144 + 34)
    // Forgotten: the output layer fed the recurrent width, 8·2 + 2.
    expect(recogniseMistakes(right, ['total'], [384 + 18])).toEqual(['hidden-dense-forgotten'])
  })

  it('recognises the dense layer fed 2h after merge=sum', () => {
    const right = countParameters({
      inputs: 3,
      units: 4,
      bidirectional: true,
      merge: 'sum',
      outputs: 5
    })
    expect(right.groups.output).toBe(4 * 5 + 5)
    expect(recogniseMistakes(right, ['output'], [8 * 5 + 5])).toContain('merge-doubled')
  })

  it('recognises the decoder’s embedding left out, its input width taken from the encoder, and more', () => {
    const right = countParameters({
      inputs: 6,
      units: 4,
      bidirectional: true,
      decoderInputs: 3,
      decoderVocab: 30,
      outputs: 30
    })
    const {total} = right
    expect(recogniseMistakes(right, ['total'], [total - 90])).toContain(
      'decoder-embedding-forgotten'
    )
    // The decoder (8 units) reads d = 3, not n = 6: 3 more input rows of 8.
    expect(recogniseMistakes(right, ['decoder'], [right.groups.decoder + 3 * 8])).toEqual([
      'decoder-encoder-inputs'
    ])
    // Decoder given h = 4 units: 3·4 + 4·4 + 4 = 32, and the head reads 4: 4·30 + 30.
    expect(recogniseMistakes(right, ['decoder'], [32])).toContain('decoder-units-not-doubled')
    expect(recogniseMistakes(right, ['decoder'], [2 * right.groups.decoder])).toContain(
      'decoder-bidirectional'
    )
  })

  it('offers the particular mistakes of an embedding or encoder–decoder network first', () => {
    const embedding = countParameters({vocab: 200, inputs: 8, units: 16, outputs: 2})
    const offered = generateOptions(embedding, ['total']).options.flatMap((o) => o.mistakes)
    expect(offered).toContain('embedding-units')
    const pair = countParameters({
      inputs: 5,
      units: 6,
      decoderInputs: 3,
      decoderVocab: 40,
      outputs: 40
    })
    const pairOffered = generateOptions(pair, ['total']).options.flatMap((o) => o.mistakes)
    expect(pairOffered).toEqual(
      expect.arrayContaining(['decoder-embedding-forgotten', 'decoder-encoder-inputs'])
    )
  })
})

describe('placeholders of the new sizes', () => {
  it('names every dense layer and the decoder’s sizes', () => {
    const values = placeholderValues(
      countParameters({
        inputs: 4,
        units: '5,3',
        decoderInputs: 6,
        decoderVocab: 30,
        outputs: '9,30'
      })
    )
    expect(
      Object.fromEntries(
        ['o', 'outputs', 'o1', 'o2', 'd', 'decoder-inputs', 'decoder-vocab', 's', 's1', 's2'].map(
          (name) => [name, values.get(name)]
        )
      )
    ).toEqual({
      o: 30,
      outputs: 30,
      o1: 9,
      o2: 30,
      d: 6,
      'decoder-inputs': 6,
      'decoder-vocab': 30,
      s: 5,
      s1: 5,
      s2: 3
    })
    const none = placeholderValues(countParameters({inputs: 4, units: 5}))
    expect([none.get('o'), none.has('d'), none.has('s')]).toEqual([0, false, false])
  })
})

describe('explanations of the new groups', () => {
  it('shows how each group of the new parts comes about', () => {
    const clf = countParameters({inputs: 3, units: 4, outputs: '5,2'})
    expect(explainQuantity(clf, 'head')).toBe('head = 25 + 12 = 37')
    expect(explainQuantity(clf, 'dense')).toBe('dense = 4 · 5 + 5 = 25')
    expect(explainQuantity(clf, 'total')).toBe('total = 12 + 20 + 25 + 12 = 69')
    const pair = countParameters({
      inputs: 3,
      units: 4,
      decoderInputs: 2,
      decoderVocab: 9,
      outputs: 9
    })
    expect(explainQuantity(pair, 'decoder')).toBe('decoder = 2 · 4 + 4 · 4 + 4 = 28')
    expect(explainQuantity(pair, 'decoder-embedding')).toBe('decoder-embedding = 9 · 2 = 18')
    expect(explainQuantity(pair, 'encoder')).toBe('encoder = 3 · 4 + 4 · 4 + 4 = 32')
    expect(explainQuantity(pair, 'head')).toBe('head = 4 · 9 + 9 = 45')
  })
})
