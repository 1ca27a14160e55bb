import {describe, expect, it} from 'vitest'
import {countParameters, frameworkLayers} from '../../src/core/index.js'

const rows = (description: Parameters<typeof countParameters>[0]) =>
  frameworkLayers(countParameters(description)).map(({name, type, outputShape, params}) => [
    name,
    type,
    outputShape,
    params
  ])

// Keras 3 names layers with keras/src/utils/naming.py: `to_snake_case` of the
// class, made unique per session by `uniquify` (`simple_rnn`, `simple_rnn_1`).
// TF.js numbers differently, so the numbering is pinned here.
describe('Keras summary rows', () => {
  it('numbers repeated classes the way Keras 3 does', () => {
    expect(rows({inputs: 4, units: '6,5,3', outputs: 2, timesteps: 7})).toEqual([
      ['simple_rnn', 'SimpleRNN', [null, 7, 6], 66],
      ['simple_rnn_1', 'SimpleRNN', [null, 7, 5], 60],
      ['simple_rnn_2', 'SimpleRNN', [null, 3], 27],
      ['dense', 'Dense', [null, 2], 8]
    ])
    expect(
      rows({inputs: 4, units: '5,5', cell: 'lstm', bidirectional: true}).map((row) => row[0])
    ).toEqual(['bidirectional', 'bidirectional_1'])
  })

  it('gives a Keras 3 GRU its reset_after bias, [2, 3h]', () => {
    const [gru] = frameworkLayers(countParameters({inputs: 4, units: 5, cell: 'gru'}))
    expect(gru).toMatchObject({name: 'gru', type: 'GRU', params: 3 * (4 * 5 + 5 * 5) + 2 * 15})
    expect(gru?.tensors.map((tensor) => tensor.shape)).toEqual([
      [4, 15],
      [5, 15],
      [2, 15]
    ])
  })

  it('applies the output layer per step with return-sequences', () => {
    expect(rows({vocab: 100, inputs: 8, units: 4, outputs: 3, 'return-sequences': true})).toEqual([
      ['embedding', 'Embedding', [null, null, 8], 800],
      ['simple_rnn', 'SimpleRNN', [null, null, 4], 52],
      ['dense', 'Dense', [null, null, 3], 15]
    ])
  })
})

describe('PyTorch modules', () => {
  it('builds one module per run of equal widths, named inside it from _l0', () => {
    const modules = frameworkLayers(
      countParameters({inputs: 3, units: '4,4,2', framework: 'pytorch', bias: false})
    )
    expect(modules.map(({name, type, outputShape}) => [name, type, outputShape])).toEqual([
      ['rnn1', 'RNN', [null, null, 4]],
      ['rnn2', 'RNN', [null, null, 2]]
    ])
    expect(modules[1]?.tensors).toEqual([
      {name: 'weight_ih_l0', shape: [2, 4]},
      {name: 'weight_hh_l0', shape: [2, 2]}
    ])
  })
})
