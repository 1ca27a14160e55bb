import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// What a Keras recurrent layer returns with return_state=True, as
// keras/src/layers/rnn/rnn.py (`return output, *states`), lstm.py (h, c),
// stacked_rnn_cells.py (each cell's states in turn), bidirectional.py
// (forward states, then backward) and conv_lstm.py (h, c) return it.

function read(code: string) {
  const analysis = readModelCode(code)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

/** A functional model whose recurrent layer's states are unpacked into `names`, and a Dense reading `last`. */
const functional = (input: string, layer: string, names: string, last: string, head = 'Dense(2)') =>
  read(`import keras
from keras import layers
inputs = keras.Input(shape=${input})
${names} = ${layer}(inputs)
y = layers.${head}(${last})
model = keras.Model(inputs, y)
`)

/** What the layer after the recurrent one reads: its summary's "Connected to" and the shape. */
const readBy = (breakdown: ReturnType<typeof read>) => {
  const last = breakdown.layers.at(-1)
  return [last?.connections, last?.inputShapes]
}

describe('the states a Keras recurrent layer returns', () => {
  it('RNN(LSTMCell) returns h and c, as LSTM does', () => {
    const cell = 'layers.RNN(layers.LSTMCell(4), return_state=True)'
    const lstm = 'layers.LSTM(4, return_state=True)'
    for (const layer of [cell, lstm]) {
      const breakdown = functional('(None, 3)', layer, 'out, h, c', 'c')
      expect(readBy(breakdown)).toEqual([[`${breakdown.layers[0]?.name}[0][2]`], [[null, 4]]])
      expect(breakdown.total).toBe(4 * (3 * 4 + 4 * 4 + 4) + 4 * 2 + 2)
      // summary() lists the output's shape, then each state's.
      expect(breakdown.layers[0]?.stateShapes).toEqual([
        [null, 4],
        [null, 4]
      ])
    }
  })

  it('GRU, SimpleRNN and their cells return h alone', () => {
    for (const layer of [
      'layers.GRU(5, return_state=True)',
      'layers.SimpleRNN(5, return_state=True)',
      'layers.RNN(layers.GRUCell(5), return_state=True)',
      'layers.RNN(layers.SimpleRNNCell(5), return_state=True)'
    ]) {
      const breakdown = functional('(None, 3)', layer, 'out, h', 'h')
      expect(readBy(breakdown)).toEqual([[`${breakdown.layers[0]?.name}[0][1]`], [[null, 5]]])
    }
  })

  it('RNN([cells]) returns each cell’s states in turn, each of its own width', () => {
    const breakdown = functional(
      '(None, 3)',
      'layers.RNN([layers.LSTMCell(4), layers.GRUCell(5)], return_state=True)',
      'out, h1, c1, h2',
      'h2'
    )
    expect(readBy(breakdown)).toEqual([['rnn[0][3]'], [[null, 5]]])
    expect(
      functional(
        '(None, 3)',
        'layers.RNN([layers.LSTMCell(4), layers.GRUCell(5)], return_state=True)',
        'out, h1, c1, h2',
        'c1'
      ).layers.at(-1)?.inputShapes
    ).toEqual([[null, 4]])
  })

  it('Bidirectional doubles its layer’s states, forward first', () => {
    const breakdown = functional(
      '(None, 3)',
      'layers.Bidirectional(layers.RNN(layers.LSTMCell(4), return_state=True))',
      'out, fh, fc, bh, bc',
      'bc'
    )
    expect(readBy(breakdown)).toEqual([['bidirectional[0][4]'], [[null, 4]]])
    const gru = functional(
      '(None, 3)',
      'layers.Bidirectional(layers.GRU(6, return_state=True))',
      'out, fh, bh',
      'bh'
    )
    expect(readBy(gru)).toEqual([['bidirectional[0][2]'], [[null, 6]]])
  })

  it('ConvLSTM2D returns h and c, each an image of its filters, with or without sequences', () => {
    for (const sequences of [false, true]) {
      const breakdown = functional(
        '(None, 8, 8, 3)',
        `layers.ConvLSTM2D(4, 3, return_state=True, return_sequences=${sequences ? 'True' : 'False'})`,
        'out, h, c',
        'c',
        'Flatten()'
      )
      expect(readBy(breakdown)).toEqual([['conv_lstm2d[0][2]'], [[null, 6, 6, 4]]])
      expect(breakdown.total).toBe(3 * 3 * 3 * 16 + 3 * 3 * 4 * 16 + 16)
    }
  })

  it('names too few or too many for what a layer returns are a problem at the names', () => {
    const code = `import keras
from keras import layers
inputs = keras.Input(shape=(None, 3))
out, h = layers.LSTM(4, return_state=True)(inputs)
model = keras.Model(inputs, layers.Dense(2)(h))
`
    const analysis = readModelCode(code)
    expect(analysis.ok).toBe(false)
    const [problem] = analysis.ok ? [] : analysis.problems
    expect(problem?.ruleId).toBe('unsupported-code')
    expect(problem?.message).toMatch(
      /^These 2 names take 3 values \(a recurrent layer with return_state=True returns its output and then its 2 states/
    )
    expect(code.slice(problem?.from, problem?.to)).toBe('out, h')
    const plain = readModelCode(
      'import torch\nfrom torch import nn\na, b = (1, 2, 3)\nmodel = nn.Linear(a, b)\n'
    )
    expect(plain.ok ? undefined : plain.problems[0]?.message).toBe(
      'These 2 names take 3 values: write one name for each.'
    )
    // A starred name takes the rest, as in Python.
    expect(
      read('import torch\nfrom torch import nn\na, *b = (1, 2, 3)\nmodel = nn.Linear(a, 2)\n').total
    ).toBe(4)
  })
})
