import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/index.js'

// The figures of the lesson the product grew from (../shared/seed/).
describe('the seed lesson', () => {
  it('counts the worked example: 4 inputs, 5 units, 3 outputs = 68', () => {
    const breakdown = countParameters({inputs: 4, units: 5, outputs: 3})
    const rows = breakdown.terms.map((term) => [
      term.id,
      term.symbol,
      `${term.shape.rows}×${term.shape.columns}`,
      term.count,
      term.group
    ])
    expect(rows).toEqual([
      ['input-weights', 'W_{xh}', '4×5', 20, 'input'],
      ['recurrent-weights', 'W_{hh}', '5×5', 25, 'recurrent'],
      ['recurrent-bias', 'b_{h}', '1×5', 5, 'recurrent'],
      ['output-weights', 'W_{hy}', '5×3', 15, 'output'],
      ['output-bias', 'b_{y}', '1×3', 3, 'output']
    ])
    expect(breakdown.groups).toEqual({
      embedding: 0,
      input: 20,
      recurrent: 30,
      dense: 0,
      output: 18,
      rnn: 50,
      encoder: 50,
      decoder: 0,
      'decoder-embedding': 0,
      head: 18,
      total: 68
    })
    expect(breakdown.total).toBe(68)
  })

  it('writes each formula in symbols and in numbers', () => {
    const [input, recurrent, bias, outputWeights, outputBias] = countParameters({
      inputs: 4,
      units: 5,
      outputs: 3
    }).terms
    expect(input?.formula).toMatchObject({
      symbolic: 'n \\cdot h',
      numeric: '4 \\cdot 5',
      text: 'n·h = 4·5'
    })
    expect(recurrent?.formula.text).toBe('h·h = 5·5')
    expect(bias?.formula.text).toBe('h = 5')
    expect(outputWeights?.formula.text).toBe('h·o = 5·3')
    expect(outputBias?.formula.text).toBe('o = 3')
    expect(input?.name).toBe('input weights')
    expect(bias?.name).toBe('recurrent bias')
  })

  it('answers question 1 (key B): input 12, recurrent 20 for 3 inputs and 4 units', () => {
    const {groups} = countParameters({inputs: 3, units: 4})
    expect([groups.input, groups.recurrent]).toEqual([12, 20])
  })

  it('answers question 2 (key A): 32 without the output layer', () => {
    expect(countParameters({inputs: 3, units: 4}).groups.rnn).toBe(32)
    expect(countParameters({inputs: 3, units: 4, outputs: 4}).groups.rnn).toBe(32)
  })

  it('answers question 3 (key C): an output layer of 4 on 4 units has 20', () => {
    const {groups, total} = countParameters({inputs: 3, units: 4, outputs: 4})
    expect(groups.output).toBe(20)
    expect(total).toBe(52)
  })
})

describe('cells, frameworks and shapes', () => {
  it('multiplies by the gate count for LSTM (4) and GRU (3)', () => {
    expect(countParameters({inputs: 4, units: 5, cell: 'lstm'}).total).toBe(4 * (20 + 25 + 5))
    expect(countParameters({inputs: 4, units: 5, cell: 'gru', resetAfter: false}).total).toBe(
      3 * 50
    )
  })

  it('gives a Keras GRU with reset-after (the default) a 2 × 3h bias', () => {
    const bias = countParameters({inputs: 4, units: 5, cell: 'gru'}).terms.find(
      (term) => term.kind === 'recurrent-bias'
    )
    expect(bias?.shape).toEqual({rows: 2, columns: 15})
    expect(bias?.count).toBe(30)
    expect(bias?.tensor).toEqual({name: 'bias', shape: [2, 15]})
  })

  it('gives PyTorch two bias vectors per layer', () => {
    const breakdown = countParameters({inputs: 4, units: 5, outputs: 3, framework: 'pytorch'})
    expect(breakdown.terms.map((term) => term.tensor.name)).toEqual([
      'weight_ih_l0',
      'weight_hh_l0',
      'bias_ih_l0',
      'bias_hh_l0',
      'weight',
      'bias'
    ])
    expect(breakdown.groups.recurrent).toBe(35)
    expect(breakdown.total).toBe(73)
  })

  it('drops the recurrent biases but keeps the output bias with bias=false', () => {
    const breakdown = countParameters({inputs: 4, units: 5, outputs: 3, bias: 'false'})
    expect(breakdown.terms.map((term) => term.id)).toEqual([
      'input-weights',
      'recurrent-weights',
      'output-weights',
      'output-bias'
    ])
    expect(breakdown.total).toBe(63)
  })

  it('feeds each stacked layer the width of the one before, doubled when bidirectional', () => {
    const breakdown = countParameters({inputs: 10, units: '8,6', outputs: 2, bidirectional: true})
    const inputs = breakdown.terms.filter((term) => term.kind === 'input-weights')
    expect(inputs.map((term) => [term.id, term.shape.rows, term.formula.text])).toEqual([
      ['input-weights.l1.fwd', 10, 'n·h₁ = 10·8'],
      ['input-weights.l1.bwd', 10, 'n·h₁ = 10·8'],
      ['input-weights.l2.fwd', 16, '2·h₁·h₂ = 2·8·6'],
      ['input-weights.l2.bwd', 16, '2·h₁·h₂ = 2·8·6']
    ])
    const output = breakdown.terms.find((term) => term.id === 'output-weights')
    expect(output?.formula.text).toBe('2·h₂·o = 2·6·2')
    expect(breakdown.terms[0]?.symbol).toBe('W_{xh}^{(1,\\rightarrow)}')
    expect(breakdown.terms[0]?.name).toBe('input weights (layer 1, forward)')
  })

  it('counts a PyTorch LSTM projection and feeds p onwards', () => {
    const breakdown = countParameters({
      inputs: 3,
      units: [6, 5],
      cell: 'lstm',
      framework: 'pytorch',
      'proj-size': 2
    })
    const projection = breakdown.terms.filter((term) => term.kind === 'projection-weights')
    expect(projection.map((term) => [term.count, term.tensor.shape])).toEqual([
      [12, [2, 6]],
      [10, [2, 5]]
    ])
    const secondInput = breakdown.terms.find((term) => term.id === 'input-weights.l2')
    expect(secondInput?.formula.text).toBe('4·p·h₂ = 4·2·5')
  })

  it('indexes LSTM and GRU symbols by gate in the framework’s order', () => {
    const keras = countParameters({inputs: 2, units: 3, cell: 'lstm'})
    const torch = countParameters({inputs: 2, units: 3, cell: 'gru', framework: 'pytorch'})
    expect(keras.terms[0]?.symbol).toBe('W_{x\\{i,f,c,o\\}}')
    expect(torch.terms[0]?.symbol).toBe('W_{x\\{r,z,n\\}}')
  })
})
