import {describe, expect, it} from 'vitest'
import type {Cell} from '../../src/index.js'
import {countParameters} from '../../src/index.js'
import {tf} from '../helpers/tfjs.js'

interface KerasCase {
  inputs: number
  units: number[]
  outputs: number
  cell: Cell
  bidirectional: boolean
  bias: boolean
}

/** A small deterministic generator, so a failure names a case that can be rerun. */
function* cases(): Generator<KerasCase> {
  let seed = 20261124
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return 1 + (seed % max)
  }

  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    for (const bidirectional of [false, true]) {
      for (const bias of [true, false]) {
        const layers = next(3)
        yield {
          inputs: next(12),
          units: Array.from({length: layers}, () => next(10)),
          outputs: next(3) === 1 ? 0 : next(6),
          cell,
          bidirectional,
          bias
        }
      }
    }
  }
}

/** One recurrent layer; TF.js takes the input shape in the first layer's options. */
function recurrentLayer(c: KerasCase, index: number, withShape: boolean): tf.layers.RNN {
  const options = {
    units: c.units[index] ?? 1,
    useBias: c.bias,
    returnSequences: index < c.units.length - 1,
    // The default orthogonal initializer makes large layers take minutes.
    recurrentInitializer: 'glorotUniform' as const,
    ...(withShape ? {inputShape: [7, c.inputs]} : {})
  }
  return c.cell === 'rnn'
    ? tf.layers.simpleRNN(options)
    : c.cell === 'lstm'
      ? tf.layers.lstm(options)
      : tf.layers.gru({...options, resetAfter: false})
}

/** The same network in TF.js, built the way a Keras course would write it. */
function buildModel(c: KerasCase): tf.Sequential {
  const model = tf.sequential()
  for (const index of c.units.keys()) {
    const first = index === 0
    model.add(
      c.bidirectional
        ? tf.layers.bidirectional({
            layer: recurrentLayer(c, index, false),
            mergeMode: 'concat',
            ...(first ? {inputShape: [7, c.inputs]} : {})
          })
        : recurrentLayer(c, index, first)
    )
  }

  if (c.outputs > 0) model.add(tf.layers.dense({units: c.outputs}))
  return model
}

describe('Keras conventions, against TF.js layers', () => {
  it.each([...cases()].map((c) => [JSON.stringify(c), c] as const))('%s', (_, c) => {
    const model = buildModel(c)
    const breakdown = countParameters({...c, ...(c.cell === 'gru' ? {resetAfter: false} : {})})
    expect(breakdown.total).toBe(model.countParams())
    // Same weights in the same order with the same shapes as model.weights.
    expect(breakdown.terms.map((term) => term.tensor.shape)).toEqual(
      model.weights.map((weight) => weight.shape)
    )
    model.dispose()
  })
})
