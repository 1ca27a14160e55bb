import type {Breakdown} from '../core/index.js'
import {frameworkLayers, trainableParams} from '../core/index.js'
import {frameworkShape, tensorText} from './framework-shape.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'

/** Columns padded to their widest cell; the last column right-aligned. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows.reduce<number[]>(
    (widest, row) => row.map((cell, column) => Math.max([...cell].length, widest[column] ?? 0)),
    []
  )
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length)
        return column === row.length - 1 ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  )
}

/**
 * The framework's own view for a terminal: Keras `model.summary()` rows, or
 * PyTorch's modules with one line per tensor of `named_parameters()`.
 */
export function terminalSummary(breakdown: Breakdown, format: NumberFormat): string {
  const framework = breakdown.description.framework
  const count = (value: number) => formatCount(value, format)
  const layers = frameworkLayers(breakdown)
  const trainable = trainableParams(breakdown.description)
  const header =
    framework === 'keras'
      ? ['Layer (type)', 'Output Shape', 'Param #']
      : ['Module (type)', 'Output shape', 'Parameter', 'Param #']
  const rows = layers.flatMap((layer) => {
    const name = `${layer.name} (${layer.type})`
    const shape = frameworkShape(layer, framework)
    if (framework === 'keras') return [[name, shape, count(layer.params)]]
    return layer.tensors.map((tensor, index) =>
      index === 0
        ? [name, shape, tensorText(tensor), count(layer.params)]
        : ['', '', tensorText(tensor), '']
    )
  })
  const lines = columns([header, ...rows])
  const rule = '─'.repeat(Math.max(...lines.map((line) => [...line].length)))
  return [
    lines[0],
    rule,
    ...lines.slice(1),
    rule,
    `Total params: ${count(breakdown.total)}`,
    `Trainable params: ${count(trainable)}`,
    `Non-trainable params: ${count(breakdown.total - trainable)}`
  ].join('\n')
}
