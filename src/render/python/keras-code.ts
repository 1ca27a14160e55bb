import type {DescribedLayer} from '../../core/description-graph.js'
import {networkGraph} from '../../core/framework/framework-layer.js'
import type {Breakdown} from '../../core/index.js'
import {kerasFunctionalCode} from './keras-functional-code.js'
import {kerasInput, kerasLayer} from './python-call.js'

/**
 * A Keras 3 script that builds exactly this network as a Sequential model,
 * the layers of its model graph in order, and prints its summary and its
 * parameter count; an encoder–decoder is a functional model (`kerasFunctionalCode`).
 */
export function kerasCode(breakdown: Breakdown): string {
  if (breakdown.description.decoder !== null) return kerasFunctionalCode(breakdown)
  const graph = networkGraph(breakdown.description)
  const layers = [
    kerasInput(graph[0] as DescribedLayer),
    ...graph.map((layer) => kerasLayer(layer))
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
