import type {DescribedLayer} from '../../core/description-graph.js'
import type {ArgValue, LayerArgs, LayerForm, TensorShape} from '../../core/layers/index.js'
import {isInner} from '../../core/layers/wrappers.js'

/** A layer as its spec and the graph give it: the form that reads its arguments, its class, its arguments. */
export interface WrittenLayer {
  readonly form: LayerForm
  readonly className: string
  readonly args: LayerArgs
}

/** A Python literal of a size, a flag or a mode: `5`, `True`, `'sum'`. */
function literal(value: ArgValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return typeof value === 'string' ? `'${value}'` : String(value)
}

/**
 * A layer's constructor call as a course writes it, from its spec's
 * arguments in the spec's order: a required argument by position (a wrapped
 * layer as its own call), one with a default as a keyword, only where it
 * differs from that default. `extra` are keywords the lesson adds that do
 * not change the count (`return_state=True`, `batch_first=True`,
 * `activation='relu'`); a wrapper hands them to the layer it wraps.
 */
export function pythonCall(
  module: string,
  layer: WrittenLayer,
  extra: readonly string[] = []
): string {
  const wraps = Object.values(layer.args).some(isInner)
  const written = layer.form.args.flatMap((arg) => {
    const value = layer.args[arg.name] as ArgValue
    if (isInner(value)) {
      return [pythonCall(module, {...value, form: value.inner}, extra)]
    }
    if (arg.default === undefined) return [literal(value)]
    // An argument the graph leaves out takes its default, as Python would.
    return value === undefined || value === arg.default ? [] : [`${arg.name}=${literal(value)}`]
  })
  return `${module}${layer.className}(${[...written, ...(wraps ? [] : extra)].join(', ')})`
}

/** `shape=` of `keras.Input`, a Python tuple: `(None,)` token ids, `(7, 4)` feature vectors. */
function pythonShape(shape: TensorShape): string {
  const sizes = shape.map((size) => (size === null ? 'None' : String(size)))
  return `(${sizes.join(', ')}${sizes.length === 1 ? ',' : ''})`
}

/**
 * One layer of the graph as a Keras call (`layers.LSTM(5, return_sequences=True)`);
 * hidden dense layers with an activation, as a model has them, the output layer without.
 */
export function kerasLayer(layer: DescribedLayer, extra: readonly string[] = []): string {
  const hidden = layer.label.role === 'dense' && layer.label.last !== true
  return pythonCall('layers.', {...layer.call, form: layer.form}, [
    ...extra,
    ...(hidden ? ["activation='relu'"] : [])
  ])
}

/** `keras.Input(shape=…)` of the sequence a layer reads: token ids with an Embedding, feature vectors without. */
export function kerasInput(layer: DescribedLayer): string {
  return `keras.Input(shape=${pythonShape(layer.call.inputs[0] as TensorShape)})`
}
