import {describe, expect, it} from 'vitest'
import {countParameters, quantityOf} from '../../src/core/index.js'

describe('terms of dense heads, merge modes and encoder–decoders', () => {
  it("counts TensorFlow's text classifier: 138,369", () => {
    const breakdown = countParameters({
      vocab: 1000,
      inputs: 64,
      units: 64,
      cell: 'lstm',
      bidirectional: true,
      outputs: '64,1'
    })
    expect(breakdown.total).toBe(138369)
    expect(breakdown.groups).toMatchObject({embedding: 64000, dense: 8256, output: 65, head: 8321})
    const head = breakdown.terms.filter((term) => term.part === 'head')
    expect(head.map((t) => [t.id, t.kind, t.group, t.dense, t.symbol, t.formula.text])).toEqual([
      ['dense-weights.d1', 'dense-weights', 'dense', 1, 'W_{d}^{(1)}', '2·h·o₁ = 2·64·64'],
      ['dense-bias.d1', 'dense-bias', 'dense', 1, 'b_{d}^{(1)}', 'o₁ = 64'],
      ['output-weights', 'output-weights', 'output', 2, 'W_{hy}', 'o₁·o₂ = 64·1'],
      ['output-bias', 'output-bias', 'output', 2, 'b_{y}', 'o₂ = 1']
    ])
    expect(head[0]?.name).toBe('dense weights (dense layer 1)')
  })

  it('feeds the next layer h after merge=sum|mul|ave, 2h after concat', () => {
    const count = (merge: string) =>
      countParameters({inputs: 3, units: '4,2', bidirectional: true, merge, outputs: 5}).terms
    for (const merge of ['sum', 'mul', 'ave']) {
      const terms = count(merge)
      expect(terms.find((t) => t.id === 'input-weights.l2.fwd')?.shape.rows).toBe(4)
      expect(terms.find((t) => t.id === 'output-weights')?.shape.rows).toBe(2)
    }
    const concat = count('concat')
    expect(concat.find((t) => t.id === 'input-weights.l2.fwd')?.shape.rows).toBe(8)
    expect(concat.find((t) => t.id === 'output-weights')?.shape.rows).toBe(4)
  })

  it('counts an encoder–decoder by parts, the decoder marked in ids, names and symbols', () => {
    const breakdown = countParameters({
      vocab: 100,
      inputs: 8,
      units: '6,4',
      cell: 'gru',
      'decoder-inputs': 5,
      'decoder-vocab': 90,
      outputs: 90
    })
    const {terms, groups} = breakdown
    expect(terms.map((t) => t.part)).toEqual([
      'embedding',
      'embedding',
      ...Array(6).fill('encoder'),
      ...Array(6).fill('decoder'),
      'head',
      'head'
    ])
    const decoder = terms.filter((t) => t.stack === 'decoder')
    expect(decoder.map((t) => t.id)).toEqual([
      'decoder.embedding-weights',
      'decoder.input-weights.l1',
      'decoder.recurrent-weights.l1',
      'decoder.recurrent-bias.l1',
      'decoder.input-weights.l2',
      'decoder.recurrent-weights.l2',
      'decoder.recurrent-bias.l2'
    ])
    expect(decoder[0]?.formula.text).toBe('V′·d = 90·5')
    expect(decoder[0]?.symbol).toBe('W_{e}^{(\\mathrm{dec})}')
    expect(decoder[1]?.formula.text).toBe('3·d·s₁ = 3·5·6')
    expect(decoder[4]?.formula.text).toBe('3·s₁·s₂ = 3·6·4')
    expect(decoder[4]?.symbol).toBe('W_{x\\{z,r,h\\}}^{(\\mathrm{dec},2)}')
    expect(decoder[4]?.name).toBe('decoder input weights (layer 2)')
    expect(terms.find((t) => t.id === 'input-weights.l1')?.stack).toBe('encoder')
    expect(new Set(terms.map((t) => t.symbol)).size).toBe(terms.length)
    expect(terms.find((t) => t.id === 'output-weights')?.formula.text).toBe('s₂·o = 4·90')
    expect(groups['decoder-embedding']).toBe(450)
    expect(groups.embedding).toBe(800 + 450)
    expect(groups.encoder + groups.decoder).toBe(groups.rnn)
    expect(groups.total).toBe(groups.embedding + groups.rnn + groups.head)
    expect(quantityOf(breakdown, 'decoder.recurrent-bias.l2')).toBe(2 * 3 * 4)
  })

  it('keeps every id, group and count of a network without the new parts', () => {
    const breakdown = countParameters({inputs: 4, units: 5, outputs: 3})
    expect(breakdown.terms.map((t) => [t.id, t.part])).toEqual([
      ['input-weights', 'encoder'],
      ['recurrent-weights', 'encoder'],
      ['recurrent-bias', 'encoder'],
      ['output-weights', 'head'],
      ['output-bias', 'head']
    ])
    expect(breakdown.terms.every((t) => t.stack === undefined)).toBe(true)
  })
})
