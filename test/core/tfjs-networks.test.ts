import {describe, expect, it} from 'vitest'
import type {FrameworkLayer} from '../../src/core/index.js'
import {countParameters, frameworkLayers} from '../../src/core/index.js'
import type {NetCase} from '../helpers/random-nets.js'
import {attributesOf, randomDenseNetworks, randomEncoderDecoders} from '../helpers/random-nets.js'
import {tf} from '../helpers/tfjs.js'

// Dense heads, every merge mode and encoder–decoders against TF.js, whose
// layers follow Keras: totals and every summary row (Sequential models for a
// single stack, functional models for an encoder–decoder). As in
// tfjs-layers.test.ts, TF.js names carry a process-wide number
// (`dense_Dense3`, `input1`), so names are compared without it; GRUs are
// built with `reset_after=False`, which TF.js has.

function recurrent(c: NetCase, units: number, options: {sequences: boolean; state: boolean}) {
  const config = {
    units,
    useBias: c.bias,
    returnSequences: options.sequences,
    returnState: options.state,
    // The default orthogonal initializer is slow; counts do not depend on it.
    recurrentInitializer: 'glorotUniform' as const
  }
  return c.cell === 'rnn'
    ? tf.layers.simpleRNN(config)
    : c.cell === 'lstm'
      ? tf.layers.lstm(config)
      : tf.layers.gru({...config, resetAfter: false})
}

function sequentialModel(c: NetCase): tf.LayersModel {
  const model = tf.sequential()
  model.add(
    tf.layers.inputLayer({inputShape: c.vocab > 0 ? [c.timesteps] : [c.timesteps, c.inputs]})
  )
  if (c.vocab > 0) model.add(tf.layers.embedding({inputDim: c.vocab, outputDim: c.inputs}))
  for (const [index, units] of c.units.entries()) {
    const sequences = index < c.units.length - 1 || c.returnSequences
    const layer = recurrent(c, units, {sequences, state: false})
    model.add(c.bidirectional ? tf.layers.bidirectional({layer, mergeMode: c.merge}) : layer)
  }

  for (const nodes of c.outputs) model.add(tf.layers.dense({units: nodes}))
  return model
}

type Tensor = tf.SymbolicTensor
const apply = (layer: tf.layers.Layer, input: Tensor | Tensor[], kwargs?: object) =>
  layer.apply(input, kwargs) as Tensor | Tensor[]
const list = (output: Tensor | Tensor[]) => (Array.isArray(output) ? output : [output])

/** The functional model of the README's hand-over, made in the order core/framework documents. */
function functionalModel(c: NetCase): tf.LayersModel {
  const decoder = c.decoder ?? {inputs: 1, units: [], vocab: 0}
  const encoderInput = tf.input({shape: c.vocab > 0 ? [c.timesteps] : [c.timesteps, c.inputs]})
  let x: Tensor = encoderInput
  if (c.vocab > 0)
    x = apply(tf.layers.embedding({inputDim: c.vocab, outputDim: c.inputs}), x) as Tensor
  const states: Tensor[][] = []
  const perDirection = c.cell === 'lstm' ? 2 : 1
  for (const [index, units] of c.units.entries()) {
    const layer = recurrent(c, units, {sequences: index < c.units.length - 1, state: true})
    const outputs = list(
      apply(c.bidirectional ? tf.layers.bidirectional({layer, mergeMode: c.merge}) : layer, x)
    )
    x = outputs[0] as Tensor
    const own = outputs.slice(1)
    states.push(
      c.bidirectional
        ? Array.from(
            {length: perDirection},
            (_, state) =>
              apply(tf.layers.concatenate(), [
                own[state] as Tensor,
                own[perDirection + state] as Tensor
              ]) as Tensor
          )
        : own
    )
  }

  const decoderInput = tf.input({
    shape: decoder.vocab > 0 ? [c.timesteps] : [c.timesteps, decoder.inputs]
  })
  let y: Tensor = decoderInput
  if (decoder.vocab > 0) {
    y = apply(
      tf.layers.embedding({inputDim: decoder.vocab, outputDim: decoder.inputs}),
      y
    ) as Tensor
  }

  for (const [index, units] of decoder.units.entries()) {
    const layer = recurrent(c, units, {sequences: true, state: false})
    y = apply(layer, y, {initialState: states[index]}) as Tensor
  }

  for (const nodes of c.outputs) y = apply(tf.layers.dense({units: nodes}), y) as Tensor
  return tf.model({inputs: [encoderInput, decoderInput], outputs: y})
}

/** A TF.js layer as a summary row; an InputLayer's name (`input3`) has no Keras form to compare. */
function tfjsRow(layer: tf.layers.Layer) {
  const shapes = layer.outputShape
  const several = Array.isArray(shapes[0])
  return {
    name:
      layer.getClassName() === 'InputLayer'
        ? 'input_layer'
        : layer.name.replace(/_[A-Za-z]+\d+$/, ''),
    type: layer.getClassName(),
    outputShape: several ? shapes[0] : shapes,
    ...(several ? {stateShapes: shapes.slice(1)} : {}),
    params: layer.countParams()
  }
}

function ourRow({name, type, outputShape, stateShapes, params}: FrameworkLayer) {
  return {
    name: name.replace(/_\d+$/, ''),
    type,
    outputShape,
    ...(stateShapes === undefined ? {} : {stateShapes}),
    params
  }
}

/** Every third network of any length (`None` in Keras's shapes). */
function anyLength(cases: NetCase[]): NetCase[] {
  return cases.map((c, index) => (index % 3 === 0 ? {...c, timesteps: null} : c))
}

function compare(c: NetCase, model: tf.LayersModel) {
  const breakdown = countParameters({
    ...attributesOf(c),
    ...(c.cell === 'gru' ? {resetAfter: false} : {})
  })
  const shown = model.layers.filter(
    (layer) => c.decoder !== null || layer.getClassName() !== 'InputLayer'
  )
  expect(frameworkLayers(breakdown).map(ourRow)).toEqual(shown.map(tfjsRow))
  expect(breakdown.total).toBe(model.countParams())
  model.dispose()
}

describe('dense heads and merge modes, against TF.js Sequential models', () => {
  const all = anyLength(randomDenseNetworks('keras', 70, 20261201))

  it('covers several dense layers, none, and every merge mode', () => {
    expect(all.some((c) => c.outputs.length >= 2) && all.some((c) => c.outputs.length === 0)).toBe(
      true
    )
    for (const merge of ['concat', 'sum', 'mul', 'ave']) {
      expect(all.some((c) => c.bidirectional && c.merge === merge && c.units.length > 1)).toBe(true)
    }
  })

  it.each(all.map((c) => [JSON.stringify(attributesOf(c)), c] as const))('%s', (_, c) => {
    compare(c, sequentialModel(c))
  })
})

describe('encoder–decoders, against TF.js functional models', () => {
  const all = anyLength(randomEncoderDecoders('keras', 50, 20261202))

  it('covers embeddings on either side, stacks, bidirectional encoders and every cell', () => {
    expect(all.some((c) => c.vocab > 0 && (c.decoder?.vocab ?? 0) === 0)).toBe(true)
    expect(all.some((c) => c.vocab === 0 && (c.decoder?.vocab ?? 0) > 0)).toBe(true)
    expect(all.some((c) => c.bidirectional && c.units.length > 1 && c.cell === 'lstm')).toBe(true)
  })

  it.each(all.map((c) => [JSON.stringify(attributesOf(c)), c] as const))('%s', (_, c) => {
    compare(c, functionalModel(c))
  })
})
