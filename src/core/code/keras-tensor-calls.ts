import type {TensorShape} from '../layers/index.js'
import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import type {KerasTensor, Unknown, Value, WidthFrom} from './code-values.js'
import {isKind} from './code-values.js'
import {unknown} from './evaluate.js'
import {tensorsIn} from './keras-graph.js'
import {edgesOf} from './keras-tensor-ops.js'

// TensorFlow and Keras functions applied to Keras tensors in the functional
// API (`tf.one_hot(inputs, depth=max_tokens)`, `tf.concat([a, b], -1)`):
// no weights, but their result's width is what the next layer reads.

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

/** The width a function gives its result, or where the reader cannot tell it. */
function resultShape(
  call: Call,
  name: string,
  first: KerasTensor,
  tensors: KerasTensor[],
  items: Value | undefined
): TensorShape | Unknown {
  if (shapeKeeping.has(name)) return first.shape
  if (name === 'one_hot') {
    const depth = argument(call, 'depth', 1) ?? argument(call, 'num_classes')
    if (typeof depth === 'number') return [...first.shape, depth]
    return isKind(depth, 'unknown') ? depth : unknown(call.run, call.node)
  }
  // keras.ops.concatenate joins along the batch by default; tf.concat takes a list and its axis.
  const axis = argument(call, 'axis', 1) ?? (name === 'concatenate' ? 0 : -1)
  const listed = Array.isArray(items) && items.every((item) => isKind(item, 'tensor'))
  if (
    (name === 'concat' || name === 'concatenate') &&
    listed &&
    (axis === -1 || axis === first.shape.length)
  ) {
    const widths = tensors.map((tensor) => tensor.shape.at(-1) ?? null)
    const sum = widths.includes(null) ? null : (widths as number[]).reduce((a, b) => a + b, 0)
    return [...first.shape.slice(0, -1), sum]
  }
  return unknown(call.run, call.node)
}

/** A function of Keras tensors: a tensor carrying their layers, or undefined when none is given. */
export function tensorFunction(call: Call, path: string): Value | undefined {
  const keywords = [...call.args.keywords.keys()].map((name) => argument(call, name) as Value)
  // Read once: an argument may call a layer (`tf.concat([self.d(x), y], -1)`).
  const positional = positionalValues(call)
  const tensors = tensorsIn([...positional, ...keywords])
  const first = tensors[0]
  if (first === undefined) return undefined
  const name = path.slice(path.lastIndexOf('.') + 1)
  const shape = resultShape(call, name, first, tensors, positional[0])
  const known = Array.isArray(shape)
  // An operation the reader does not follow keeps the rank, its width asked for where a layer needs it.
  const widthFrom: WidthFrom | undefined = known
    ? undefined
    : {
        unknown: shape as Unknown,
        wholeShape: false,
        operation: (shape as Unknown).text === call.run.text(call.node)
      }
  return {
    kind: 'tensor',
    shape: known ? (shape as TensorShape) : [...first.shape.slice(0, -1), null],
    layers: new Set(tensors.flatMap((tensor) => [...tensor.layers])),
    source: first.source,
    sources: [...new Set(tensors.flatMap(edgesOf))],
    ...(widthFrom ? {widthFrom} : {})
  }
}
