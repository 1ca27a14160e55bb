import type {FrameworkLayer} from '../core/index.js'

/** `(None, 7, 5)`: one Keras shape. */
export function kerasShape(shape: readonly (number | null)[]): string {
  return `(${shape.map((size) => (size === null ? 'None' : String(size))).join(', ')})`
}

/** A Keras layer's output shape as summary() prints it: its states' too when it returns them. */
export function kerasOutputShape(
  output: readonly (number | null)[],
  states: readonly (readonly (number | null)[])[] | undefined
): string {
  return states === undefined
    ? kerasShape(output)
    : `[${[output, ...states].map(kerasShape).join(', ')}]`
}

/**
 * An output shape as the framework prints it: Keras `(None, 7, 5)`, or for
 * a layer that also returns its states the list `summary()` prints
 * (`[(None, 5), (None, 5), (None, 5)]`); for PyTorch the
 * `[batch, time, features]` a tensor has, unknown sizes named.
 */
export function frameworkShape(layer: FrameworkLayer, framework: 'keras' | 'pytorch'): string {
  if (framework === 'keras') {
    return kerasOutputShape(layer.outputShape, layer.stateShapes)
  }
  const names =
    layer.outputShape.length === 3 ? ['batch', 'time', 'features'] : ['batch', 'features']
  return `[${layer.outputShape.map((size, index) => (size === null ? names[index] : String(size))).join(', ')}]`
}

/** `weight_ih_l0 [20, 4]`: a tensor as `named_parameters()` names and shapes it. */
export function tensorText(tensor: {
  readonly name: string
  readonly shape: readonly number[]
}): string {
  return `${tensor.name} [${tensor.shape.join(', ')}]`
}
