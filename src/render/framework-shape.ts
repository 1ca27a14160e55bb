import type {FrameworkLayer} from '../core/index.js'

/**
 * An output shape as the framework prints it: Keras `(None, 7, 5)`; for
 * PyTorch the `[batch, time, features]` a tensor has, unknown sizes named.
 */
export function frameworkShape(layer: FrameworkLayer, framework: 'keras' | 'pytorch'): string {
  if (framework === 'keras')
    return `(${layer.outputShape.map((size) => (size === null ? 'None' : String(size))).join(', ')})`
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
