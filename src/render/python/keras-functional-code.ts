import type {DescribedLayer} from '../../core/description-graph.js'
import {networkParts} from '../../core/framework/framework-layer.js'
import {wrappedLayer} from '../../core/framework/keras-layers.js'
import type {Breakdown} from '../../core/index.js'
import {cellStates, classCell} from '../../core/layers/recurrent-cells.js'
import {kerasInput, kerasLayer} from './python-call.js'

/**
 * One encoder layer, returning its final states (`states_1`, …); a
 * bidirectional layer's forward and backward states are concatenated, as
 * the decoder layer twice as wide reads them.
 */
function encoderLayer(layer: DescribedLayer, index: number, last: boolean): string[] {
  const call = kerasLayer(layer, ['return_state=True'])
  const output = last ? '_' : 'x'
  const states = `states_${index + 1}`
  const inner = wrappedLayer(layer)
  if (inner === undefined) return [`${output}, *${states} = ${call}(x)`]
  // Keras returns the forward direction's states, then the backward's: h (and c for an LSTM) each.
  const perDirection = cellStates(classCell(inner.className))
  const joined = Array.from(
    {length: perDirection},
    (_, state) => `layers.Concatenate()([both[${state}], both[${state + perDirection}]])`
  )
  return [`${output}, *both = ${call}(x)`, `${states} = [${joined.join(', ')}]`]
}

/** A stack's `Input` and Embedding: `x = encoder_inputs`, then `x = layers.Embedding(…)(x)`. */
function stackInput(
  name: string,
  variable: string,
  embedding: DescribedLayer | undefined,
  first: DescribedLayer
): string[] {
  return [
    `${name} = ${kerasInput(embedding ?? first)}`,
    `${variable} = ${name}`,
    ...(embedding === undefined ? [] : [`${variable} = ${kerasLayer(embedding)}(${variable})`])
  ]
}

/**
 * A Keras 3 script that builds an encoder–decoder with the functional API:
 * the encoder's layers return their final states, decoder layer `i` starts
 * from encoder layer `i`'s (`initial_state=`), the dense layers read every
 * decoder step; then the summary and the count.
 */
export function kerasFunctionalCode(breakdown: Breakdown): string {
  const parts = networkParts(breakdown.description)
  const {encoder, decoder, head} = parts
  const dense = head.map(
    (layer, index) => `${index === head.length - 1 ? 'outputs' : 'y'} = ${kerasLayer(layer)}(y)`
  )
  const decoderLayers = decoder.map(
    (layer, index) => `y = ${kerasLayer(layer)}(y, initial_state=states_${index + 1})`
  )
  return [
    'import keras',
    'from keras import layers',
    '',
    '# The encoder reads the source sequence and keeps every layer’s final states.',
    ...stackInput('encoder_inputs', 'x', parts.encoderEmbedding, encoder[0] as DescribedLayer),
    ...encoder.flatMap((layer, index) => encoderLayer(layer, index, index === encoder.length - 1)),
    '',
    '# The decoder starts from them and reads the target sequence, one step at a time.',
    ...stackInput('decoder_inputs', 'y', parts.decoderEmbedding, decoder[0] as DescribedLayer),
    ...decoderLayers,
    ...(dense.length > 0 ? dense : ['outputs = y']),
    '',
    'model = keras.Model([encoder_inputs, decoder_inputs], outputs)',
    'model.summary()',
    `# Expected: ${breakdown.total} parameters`,
    'print(model.count_params())'
  ].join('\n')
}
