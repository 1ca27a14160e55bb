import {describe, expect, it} from 'vitest'
import {countParameters, frameworkLayers} from '../../src/core/index.js'
import type {Cell} from '../../src/index.js'
import {tf} from '../helpers/tfjs.js'

// Every row of the Keras summary (`layers` of `count --json`) against the
// same network built with TF.js layers, whose classes, output shapes and
// counts follow Keras. Two differences, mapped here: TF.js names a layer
// `simple_rnn_SimpleRNN3` (the Keras snake-case name, then the class and a
// process-wide number) where Keras 3 says `simple_rnn_1`, so only the name
// without its number is compared; TF.js lists an InputLayer row that Keras 3's
// Sequential summary leaves out; and TF.js has no GRU with
// `reset_after=True`, so GRUs are built with `reset_after=False` here (the
// Keras 3 default, a [2, 3h] bias, is checked in validation and seed tests).

interface LayersCase {
  inputs: number
  units: number[]
  outputs: number
  cell: Cell
  bidirectional: boolean
  bias: boolean
  vocab: number
  returnSequences: boolean
  timesteps: number | null
}

/** A small deterministic generator, so a failure names a case that can be rerun. */
function* cases(): Generator<LayersCase> {
  // mulberry32: every bit varies, unlike a plain LCG's low bits.
  let seed = 20261125
  const next = (max: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return 1 + (((t ^ (t >>> 14)) >>> 0) % max)
  }

  for (let index = 0; index < 36; index++) {
    const cell = (['rnn', 'lstm', 'gru'] as const)[index % 3] ?? 'rnn'
    yield {
      inputs: next(9),
      units: Array.from({length: next(3)}, () => next(8)),
      outputs: next(3) === 1 ? 0 : next(5),
      cell,
      bidirectional: next(2) === 1,
      bias: next(4) !== 1,
      vocab: next(2) === 1 ? 0 : 5 + next(40),
      returnSequences: next(2) === 1,
      timesteps: next(2) === 1 ? null : next(9)
    }
  }
}

function recurrentLayer(c: LayersCase, index: number): tf.layers.RNN {
  const options = {
    units: c.units[index] ?? 1,
    useBias: c.bias,
    returnSequences: index < c.units.length - 1 || c.returnSequences,
    // The default orthogonal initializer is slow; counts do not depend on it.
    recurrentInitializer: 'glorotUniform' as const
  }
  return c.cell === 'rnn'
    ? tf.layers.simpleRNN(options)
    : c.cell === 'lstm'
      ? tf.layers.lstm(options)
      : tf.layers.gru({...options, resetAfter: false})
}

/** The Sequential model the Keras snippet writes, in TF.js. */
function buildModel(c: LayersCase): tf.Sequential {
  const model = tf.sequential()
  model.add(
    tf.layers.inputLayer({inputShape: c.vocab > 0 ? [c.timesteps] : [c.timesteps, c.inputs]})
  )
  if (c.vocab > 0) model.add(tf.layers.embedding({inputDim: c.vocab, outputDim: c.inputs}))
  for (const index of c.units.keys()) {
    const layer = recurrentLayer(c, index)
    model.add(c.bidirectional ? tf.layers.bidirectional({layer, mergeMode: 'concat'}) : layer)
  }

  if (c.outputs > 0) model.add(tf.layers.dense({units: c.outputs}))
  return model
}

describe('Keras summary rows, against TF.js layers', () => {
  const all = [...cases()]

  it('covers embedding, every cell, stacks, bidirectional, return-sequences and timesteps', () => {
    expect(all.some((c) => c.vocab > 0) && all.some((c) => c.vocab === 0)).toBe(true)
    expect(all.some((c) => c.units.length > 1) && all.some((c) => c.bidirectional)).toBe(true)
    expect(all.some((c) => c.returnSequences && c.outputs > 0)).toBe(true)
    expect(all.some((c) => c.timesteps === null) && all.some((c) => c.timesteps !== null)).toBe(
      true
    )
  })

  it.each(all.map((c) => [JSON.stringify(c), c] as const))('%s', (_, c) => {
    const model = buildModel(c)
    const layers = frameworkLayers(
      countParameters({...c, ...(c.cell === 'gru' ? {resetAfter: false} : {})})
    )
    // TF.js lists the InputLayer; Keras 3's Sequential.layers and summary() do not.
    const shown = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer')
    const tfjsRows = shown.map((layer) => ({
      name: layer.name.replace(/_[A-Za-z]+\d+$/, ''),
      type: layer.getClassName(),
      outputShape: layer.outputShape,
      params: layer.countParams()
    }))
    const ours = layers.map(({name, type, outputShape, params}) => ({
      name: name.replace(/_\d+$/, ''),
      type,
      outputShape,
      params
    }))
    expect(ours).toEqual(tfjsRows)
    model.dispose()
  })
})
