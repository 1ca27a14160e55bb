import {kerasClasses} from '../../core/framework/keras-layers.js'
import type {Breakdown} from '../../core/index.js'
import {kerasFunctionalCode} from './keras-functional-code.js'

/** `keras.Input`'s shape: token ids with an Embedding, feature vectors without; `None` for any length. */
function inputShape(breakdown: Breakdown): string {
  const d = breakdown.description
  const time = d.timesteps === null ? 'None' : String(d.timesteps)
  return d.vocab > 0 ? `(${time},)` : `(${time}, ${d.inputs})`
}

/** Keyword arguments written only where they differ from Keras 3's defaults. */
function recurrentLayer(breakdown: Breakdown, index: number): string {
  const d = breakdown.description
  const options = [String(d.units[index])]
  if (!d.bias) options.push('use_bias=False')
  if (d.cell === 'gru' && !d.resetAfter) options.push('reset_after=False')
  if (index < d.units.length - 1 || d.returnSequences) options.push('return_sequences=True')
  const layer = `layers.${kerasClasses[d.cell]}(${options.join(', ')})`
  if (!d.bidirectional) return layer
  return d.merge === 'concat'
    ? `layers.Bidirectional(${layer})`
    : `layers.Bidirectional(${layer}, merge_mode='${d.merge}')`
}

/**
 * A Keras 3 script that builds exactly this network as a Sequential model,
 * prints its summary and its parameter count; an encoder–decoder is a
 * functional model (`kerasFunctionalCode`).
 */
export function kerasCode(breakdown: Breakdown): string {
  if (breakdown.description.decoder !== null) return kerasFunctionalCode(breakdown)
  const d = breakdown.description
  const layers = [
    `keras.Input(shape=${inputShape(breakdown)})`,
    ...(d.vocab > 0 ? [`layers.Embedding(${d.vocab}, ${d.inputs})`] : []),
    ...d.units.map((_, index) => recurrentLayer(breakdown, index)),
    // Hidden dense layers with an activation, as a model would have them; the output layer without.
    ...d.outputs.map((nodes, index) =>
      index < d.outputs.length - 1
        ? `layers.Dense(${nodes}, activation='relu')`
        : `layers.Dense(${nodes})`
    )
  ]
  return [
    'import keras',
    'from keras import layers',
    '',
    'model = keras.Sequential([',
    ...layers.map((layer) => `    ${layer},`),
    '])',
    'model.summary()',
    `# Expected: ${breakdown.total} parameters`,
    'print(model.count_params())'
  ].join('\n')
}
