import type {CodeBreakdown} from '../core/code/index.js'

/** The quantities an inline directive can name on a model read from code. */
export const codeGroupNames = ['total', 'trainable', 'non-trainable'] as const

/** A layer's path and the modules around it: `decoder.rnn` → `decoder`, `decoder.rnn`. */
const paths = (name: string) =>
  name.split('.').map((_, index, parts) => parts.slice(0, index + 1).join('.'))

/**
 * Every name `codeQuantityOf` knows: the groups, then each layer with
 * parameters by its name and each module holding layers (a model built
 * side by side with another, `self.encoder`) by its path.
 */
export function codeQuantityNames(breakdown: CodeBreakdown): string[] {
  const layers = breakdown.layers.filter((layer) => layer.name && layer.params > 0)
  return [...new Set([...codeGroupNames, ...layers.flatMap((layer) => paths(layer.name))])]
}

/** `total`, `trainable`, `non-trainable`, or a layer's or module's name → its count. */
export function codeQuantityOf(breakdown: CodeBreakdown, name: string): number | undefined {
  if (name === 'total') return breakdown.total
  if (name === 'trainable') return breakdown.trainable
  if (name === 'non-trainable') return breakdown.nonTrainable
  const inside = breakdown.layers.filter(
    (layer) => layer.name !== '' && (layer.name === name || layer.name.startsWith(`${name}.`))
  )
  if (inside.length === 0) return undefined
  return inside.reduce((sum, layer) => sum + layer.params, 0)
}
