import type {Breakdown} from '../../core/index.js'

// What the Keras scripts (Sequential and functional) write alike.

/** A sequence's length in Python: `None` for any length. */
export function timeSteps(breakdown: Breakdown): string {
  const {timesteps} = breakdown.description
  return timesteps === null ? 'None' : String(timesteps)
}

/** `shape=` of `keras.Input`: token ids with an Embedding, feature vectors without. */
export function inputShape(time: string, vocab: number, inputs: number): string {
  return vocab > 0 ? `(${time},)` : `(${time}, ${inputs})`
}

/** Keyword arguments every recurrent layer of the network takes, where they differ from Keras 3's defaults. */
export function sharedOptions(breakdown: Breakdown): string[] {
  const d = breakdown.description
  return [
    ...(d.bias ? [] : ['use_bias=False']),
    ...(d.cell === 'gru' && !d.resetAfter ? ['reset_after=False'] : [])
  ]
}

/** `Bidirectional`'s `merge_mode=`, written only when it is not the default `concat`. */
export function mergeArgument(breakdown: Breakdown): string {
  const {merge} = breakdown.description
  return merge === 'concat' ? '' : `, merge_mode='${merge}'`
}

/** A dense layer's arguments: hidden layers with an activation, as a model has them; the output layer without. */
export function denseArguments(nodes: number, index: number, layers: number): string {
  return index < layers - 1 ? `${nodes}, activation='relu'` : String(nodes)
}
