import {kerasClasses} from '../../core/framework/keras-layers.js'
import type {Breakdown} from '../../core/index.js'
import {kerasFunctionalCode} from './keras-functional-code.js'
import {denseArguments, inputShape, mergeArgument, sharedOptions, timeSteps} from './keras-parts.js'

/** Keyword arguments written only where they differ from Keras 3's defaults. */
function recurrentLayer(breakdown: Breakdown, index: number): string {
  const d = breakdown.description
  const options = [String(d.units[index]), ...sharedOptions(breakdown)]
  if (index < d.units.length - 1 || d.returnSequences) options.push('return_sequences=True')
  const layer = `layers.${kerasClasses[d.cell]}(${options.join(', ')})`
  return d.bidirectional ? `layers.Bidirectional(${layer}${mergeArgument(breakdown)})` : layer
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
    `keras.Input(shape=${inputShape(timeSteps(breakdown), d.vocab, d.inputs)})`,
    ...(d.vocab > 0 ? [`layers.Embedding(${d.vocab}, ${d.inputs})`] : []),
    ...d.units.map((_, index) => recurrentLayer(breakdown, index)),
    ...d.outputs.map(
      (nodes, index) => `layers.Dense(${denseArguments(nodes, index, d.outputs.length)})`
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
