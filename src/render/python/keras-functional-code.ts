import {kerasClasses} from '../../core/framework/keras-layers.js'
import type {Breakdown} from '../../core/index.js'
import {cellStates} from '../../core/layers/recurrent-cells.js'
import {denseArguments, inputShape, mergeArgument, sharedOptions, timeSteps} from './keras-parts.js'

/**
 * One encoder layer, returning its final states (`states_1`, …); a
 * bidirectional layer's forward and backward states are concatenated, as
 * the decoder layer twice as wide reads them.
 */
function encoderLayer(breakdown: Breakdown, index: number): string[] {
  const d = breakdown.description
  const last = index === d.units.length - 1
  const options = [
    String(d.units[index]),
    ...sharedOptions(breakdown),
    ...(last ? [] : ['return_sequences=True']),
    'return_state=True'
  ]
  const layer = `layers.${kerasClasses[d.cell]}(${options.join(', ')})`
  const output = last ? '_' : 'x'
  const states = `states_${index + 1}`
  if (!d.bidirectional) return [`${output}, *${states} = ${layer}(x)`]
  // Keras returns the forward direction's states, then the backward's: h (and c for an LSTM) each.
  const perDirection = cellStates(d.cell)
  const joined = Array.from(
    {length: perDirection},
    (_, state) => `layers.Concatenate()([both[${state}], both[${state + perDirection}]])`
  )
  return [
    `${output}, *both = layers.Bidirectional(${layer}${mergeArgument(breakdown)})(x)`,
    `${states} = [${joined.join(', ')}]`
  ]
}

/**
 * A Keras 3 script that builds an encoder–decoder with the functional API:
 * the encoder's layers return their final states, decoder layer `i` starts
 * from encoder layer `i`'s (`initial_state=`), the dense layers read every
 * decoder step; then the summary and the count.
 */
export function kerasFunctionalCode(breakdown: Breakdown): string {
  const d = breakdown.description
  const decoder = d.decoder ?? {inputs: 0, units: [], vocab: 0}
  const time = timeSteps(breakdown)
  const dense = d.outputs.map(
    (nodes, index) =>
      `${index === d.outputs.length - 1 ? 'outputs' : 'y'} = layers.Dense(${denseArguments(nodes, index, d.outputs.length)})(y)`
  )
  const decoderLayers = decoder.units.map((units, index) => {
    const options = [String(units), ...sharedOptions(breakdown), 'return_sequences=True']
    return `y = layers.${kerasClasses[d.cell]}(${options.join(', ')})(y, initial_state=states_${index + 1})`
  })
  return [
    'import keras',
    'from keras import layers',
    '',
    '# The encoder reads the source sequence and keeps every layer’s final states.',
    `encoder_inputs = keras.Input(shape=${inputShape(time, d.vocab, d.inputs)})`,
    'x = encoder_inputs',
    ...(d.vocab > 0 ? [`x = layers.Embedding(${d.vocab}, ${d.inputs})(x)`] : []),
    ...d.units.flatMap((_, index) => encoderLayer(breakdown, index)),
    '',
    '# The decoder starts from them and reads the target sequence, one step at a time.',
    `decoder_inputs = keras.Input(shape=${inputShape(time, decoder.vocab, decoder.inputs)})`,
    'y = decoder_inputs',
    ...(decoder.vocab > 0 ? [`y = layers.Embedding(${decoder.vocab}, ${decoder.inputs})(y)`] : []),
    ...decoderLayers,
    ...(dense.length > 0 ? dense : ['outputs = y']),
    '',
    'model = keras.Model([encoder_inputs, decoder_inputs], outputs)',
    'model.summary()',
    `# Expected: ${breakdown.total} parameters`,
    'print(model.count_params())'
  ].join('\n')
}
