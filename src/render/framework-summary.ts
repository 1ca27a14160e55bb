import type {PhrasingContent, Table, TableRow} from 'mdast'
import type {Breakdown, FrameworkLayer} from '../core/index.js'
import {frameworkLayers, trainableParams} from '../core/index.js'
import {frameworkShape, tensorText} from './framework-shape.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import type {SolutionStrings} from './strings.js'
import {cell, code, strong} from './table.js'

/**
 * The network as its framework lists it: Keras `model.summary()` rows
 * (`simple_rnn (SimpleRNN)`, `(None, 5)`, param #, then Total, Trainable and
 * Non-trainable params), or PyTorch's modules with every tensor of
 * `named_parameters()`.
 */
export function frameworkSummary(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): Table {
  const framework = breakdown.description.framework
  const pytorch = framework === 'pytorch'
  const count = (value: number) => formatCount(value, format)
  const trainable = trainableParams(breakdown.description)
  const headers = pytorch
    ? [
        strings.frameworkModule,
        strings.frameworkOutputShape,
        strings.frameworkTensors,
        strings.frameworkParams
      ]
    : [strings.frameworkLayer, strings.frameworkOutputShape, strings.frameworkParams]

  const layerRow = (layer: FrameworkLayer): TableRow => ({
    type: 'tableRow',
    children: [
      cell(code(`${layer.name} (${layer.type})`)),
      cell(code(frameworkShape(layer, framework))),
      ...(pytorch ? [cell(...tensorCells(layer))] : []),
      cell({type: 'text', value: count(layer.params)})
    ]
  })

  const blank = pytorch ? [cell(), cell()] : [cell()]
  const totalRow = (label: string, value: number): TableRow => ({
    type: 'tableRow',
    children: [cell(strong(label)), ...blank, cell(strong(count(value)))]
  })

  return {
    type: 'table',
    align: pytorch ? ['left', 'left', 'left', 'right'] : ['left', 'left', 'right'],
    children: [
      {type: 'tableRow', children: headers.map((header) => cell({type: 'text', value: header}))},
      ...frameworkLayers(breakdown).map(layerRow),
      totalRow(strings.frameworkTotal, breakdown.total),
      totalRow(strings.frameworkTrainable, trainable),
      totalRow(strings.frameworkNonTrainable, breakdown.total - trainable)
    ]
  }
}

/** Each tensor as inline code, separated by commas. */
function tensorCells(layer: FrameworkLayer): PhrasingContent[] {
  return layer.tensors.flatMap((tensor, index) => [
    ...(index > 0 ? [{type: 'text', value: ', '} as const] : []),
    code(tensorText(tensor))
  ])
}
