import {kerasClasses} from '../../core/framework/keras-layers.js'
import type {Breakdown} from '../../core/index.js'

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
  return d.bidirectional ? `layers.Bidirectional(${layer})` : layer
}

/**
 * A Keras 3 script that builds exactly this network as a Sequential model,
 * prints its summary and its parameter count.
 */
export function kerasCode(breakdown: Breakdown): string {
  const d = breakdown.description
  const layers = [
    `keras.Input(shape=${inputShape(breakdown)})`,
    ...(d.vocab > 0 ? [`layers.Embedding(${d.vocab}, ${d.inputs})`] : []),
    ...d.units.map((_, index) => recurrentLayer(breakdown, index)),
    ...d.outputs.map((nodes) => `layers.Dense(${nodes})`)
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
