import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import type {KerasTensor, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {unknown} from './evaluate.js'
import {tensorsIn} from './keras-graph.js'

// The tensor functions a Keras `call` writes between its layers
// (`tf.concat`, `tf.nn.relu`): what they do to a tensor's shape, so the
// width reaches the next layer. None has parameters.

/** Functions that keep their first argument's shape: activations and element-wise maths. */
const shapeKeeping = new Set([
  'relu',
  'relu6',
  'tanh',
  'sigmoid',
  'softmax',
  'log_softmax',
  'gelu',
  'elu',
  'selu',
  'silu',
  'swish',
  'leaky_relu',
  'softplus',
  'exp',
  'log',
  'abs',
  'square',
  'sqrt',
  'dropout',
  'identity'
])

/** `tf.concat([a, b], axis=-1)`: widths added along the last axis. */
function concatenated(call: Call): Value {
  const [items] = positionalValues(call)
  const axis = argument(call, 'axis', 1) ?? 0
  const parts = tensorsIn(items)
  const rank = parts[0]?.shape.length
  const last = axis === -1 || axis === rank
  if (!Array.isArray(items) || parts.length !== items.length || parts.length === 0 || !last)
    return unknown(call.run, call.node)
  const [first] = parts as [KerasTensor]
  const widths = parts.map((part) => part.shape.at(-1))
  const width = widths.every((w) => typeof w === 'number')
    ? (widths as number[]).reduce((a, b) => a + b, 0)
    : null
  return {
    kind: 'tensor',
    shape: [...first.shape.slice(0, -1), width],
    layers: new Set(parts.flatMap((part) => [...part.layers])),
    source: first.source
  }
}

/**
 * `tf.concat`, `keras.ops.concatenate`, and functions that keep a tensor's
 * shape (`tf.nn.relu(x)`, `keras.activations.tanh(x)`); anything else unknown.
 */
export function tensorOperation(call: Call, path: string): Value {
  const name = path.slice(path.lastIndexOf('.') + 1)
  if (name === 'concat' || name === 'concatenate') return concatenated(call)
  const [first] = positionalValues(call)
  if (shapeKeeping.has(name) && isKind(first, 'tensor')) return first
  return unknown(call.run, call.node)
}
