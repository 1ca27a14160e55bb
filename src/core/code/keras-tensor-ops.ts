import type {TensorShape} from '../layers/index.js'
import type {KerasTensor, Value} from './code-values.js'
import {isKind} from './code-values.js'
import type {SubscriptItem} from './subscripts.js'

// Keras tensors combined by Python operators (`x + res`, `x * 0.5`) or
// indexed (`seq[:, -1, :]`): operations without weights, whose result still
// carries every layer it was computed with and the edges into it.

/** The edges a tensor stands for: its own, or those of the tensors an operator combined. */
export const edgesOf = (tensor: KerasTensor) => tensor.sources ?? [tensor.source]

/** Two shapes broadcast as numpy does, aligned at their last dimension; a known size wins over None. */
function broadcast(a: TensorShape, b: TensorShape): TensorShape {
  const length = Math.max(a.length, b.length)
  return Array.from({length}, (_, i) => {
    const pair = [a[a.length - length + i], b[b.length - length + i]]
    const known = pair.find((d) => typeof d === 'number' && d !== 1)
    return known ?? (pair.includes(1) ? 1 : null)
  })
}

const arithmetic = new Set(['+', '-', '*', '/', '//', '%', '**', '@'])

/** `a + b`, `a * 2`, … where a Keras tensor takes part; otherwise undefined. */
export function tensorArithmetic(op: string, a: Value, b: Value): KerasTensor | undefined {
  if (!arithmetic.has(op)) return undefined
  const tensors = [a, b].filter((value): value is KerasTensor => isKind(value, 'tensor'))
  const [first, second] = tensors
  if (first === undefined) return undefined
  const shape = second ? broadcast(first.shape, second.shape) : first.shape
  return {
    kind: 'tensor',
    shape,
    layers: new Set(tensors.flatMap((tensor) => [...tensor.layers])),
    source: first.source,
    sources: [...new Set(tensors.flatMap(edgesOf))]
  }
}

/**
 * `x[:, -1, :]`: each index drops its dimension, each slice keeps it (its
 * length only when the slice is whole); the first item is the batch.
 */
export function tensorItems(tensor: KerasTensor, items: readonly SubscriptItem[]): KerasTensor {
  const dims = [null, ...tensor.shape]
  const kept = dims.flatMap((dim, i) => {
    const item = items[i]
    if (item === undefined) return [dim]
    if (!item.slice) return []
    return [item.parts.every((part) => part === undefined) ? dim : null]
  })
  return {...tensor, shape: kept.slice(1)}
}
