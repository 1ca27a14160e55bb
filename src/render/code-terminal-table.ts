import type {CodeBreakdown, CodeTerm} from '../core/code/index.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'

/**
 * A model read from code as plain text: one block per layer (its tensors as
 * the framework names them, shape, formula, count, a mark on frozen ones) and
 * the layer's subtotal, then the total and its trainable split.
 */
export function codeTerminalTable(breakdown: CodeBreakdown, format: NumberFormat): string {
  const count = (value: number) => formatCount(value, format)
  const row = (term: CodeTerm) =>
    `  ${term.name} [${term.shape.join(', ')}]  ${term.formula.text}  ${count(term.count)}${term.trainable ? '' : '  (non-trainable)'}`
  const blocks = breakdown.layers.map((layer) => {
    const terms = breakdown.terms.filter((term) => term.layer === layer.name)
    const title = `${layer.name || '(model)'}: ${layer.type}  ${count(layer.params)}`
    const frozen =
      layer.nonTrainable > 0 && layer.trainable > 0
        ? `  (${count(layer.nonTrainable)} non-trainable)`
        : ''
    return [title + frozen, ...terms.map(row)].join('\n')
  })
  const totals = [
    `Total params: ${count(breakdown.total)}`,
    `Trainable params: ${count(breakdown.trainable)}`,
    `Non-trainable params: ${count(breakdown.nonTrainable)}`
  ]
  return [...blocks, totals.join('\n')].join('\n\n')
}
