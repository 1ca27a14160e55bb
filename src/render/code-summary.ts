import type {Table, TableRow} from 'mdast'
import type {CodeBreakdown, CodeLayer, CodeModule} from '../core/code/index.js'
import {kerasOutputShape, kerasShape} from './framework-shape.js'
import {subtreeCount, tensorTexts} from './module-tensors.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import type {SolutionStrings} from './strings.js'
import {cell, code, strong, text} from './table.js'

type Words = Pick<
  SolutionStrings,
  | 'code'
  | 'frameworkLayer'
  | 'frameworkModule'
  | 'frameworkOutputShape'
  | 'frameworkTensors'
  | 'frameworkParams'
  | 'frameworkTotal'
  | 'frameworkTrainable'
  | 'frameworkNonTrainable'
>

type Shape = readonly (number | null)[]

const row = (...cells: TableRow['children']): TableRow => ({type: 'tableRow', children: cells})

/** The three sums summary() ends with, under the last column. */
function totalRows(breakdown: CodeBreakdown, words: Words, format: NumberFormat, blanks: number) {
  const sum = (label: string, value: number) =>
    row(
      cell(strong(label)),
      ...Array.from({length: blanks}, () => cell()),
      cell(strong(formatCount(value, format)))
    )
  return [
    sum(words.frameworkTotal, breakdown.total),
    sum(words.frameworkTrainable, breakdown.trainable),
    sum(words.frameworkNonTrainable, breakdown.nonTrainable)
  ]
}

/**
 * Whether summary() prints a "Connected to" column: a model that is not a
 * chain (several Inputs, a layer reading several tensors, a tensor read twice).
 */
function graphShaped(breakdown: CodeBreakdown): boolean {
  const read = breakdown.layers.flatMap((layer) => layer.inputs as readonly string[])
  return (
    (breakdown.inputs?.length ?? 0) > 1 ||
    breakdown.layers.some((layer) => (layer.inputs as readonly string[]).length > 1) ||
    new Set(read).size < read.length
  )
}

/** Keras's `model.summary()` rows: a functional model's Inputs first, then its layers and the sums. */
function kerasSummary(breakdown: CodeBreakdown, words: Words, format: NumberFormat): Table {
  const connected = graphShaped(breakdown)
  const layerRow = (
    layer: Pick<CodeLayer, 'name' | 'type' | 'params' | 'connections'>,
    shape: string
  ) =>
    row(
      cell(code(`${layer.name} (${layer.type})`)),
      cell(code(shape)),
      cell(text(formatCount(layer.params, format))),
      ...(connected ? [cell(code((layer.connections ?? []).join(', ') || '-'))] : [])
    )
  const inputs = (breakdown.inputs ?? []).map((input) =>
    layerRow({name: input.name, type: 'InputLayer', params: 0}, kerasShape(input.shape))
  )
  const headers = [
    words.frameworkLayer,
    words.frameworkOutputShape,
    words.frameworkParams,
    ...(connected ? [words.code.connectedTo] : [])
  ]
  return {
    type: 'table',
    align: ['left', 'left', 'right', ...(connected ? (['left'] as const) : [])],
    children: [
      row(...headers.map((header) => cell(text(header)))),
      ...inputs,
      ...breakdown.layers.map((layer) =>
        layerRow(layer, kerasOutputShape(layer.outputShape as Shape, layer.stateShapes))
      ),
      ...totalRows(breakdown, words, format, connected ? 2 : 1)
    ]
  }
}

/**
 * PyTorch's module tree as `print(model)` nests it (`(rnn): LSTM` two
 * spaces in per level), each module's own tensors as `named_parameters()`
 * names them, and what `sum(p.numel() for p in module.parameters())`
 * gives: a tied tensor counts in every module that holds it, once in each.
 */
function torchSummary(breakdown: CodeBreakdown, words: Words, format: NumberFormat): Table {
  // A PyTorch model always has its module tree: the root at least.
  const modules = breakdown.modules as readonly CodeModule[]
  const indent = (depth: number) => '\u00a0\u00a0'.repeat(depth)
  const moduleRow = (module: CodeModule) => {
    const count = subtreeCount(breakdown, module.path)
    const label = module.depth === 0 ? module.type : `(${module.name}): ${module.type}`
    const tensors = tensorTexts(breakdown, module.path)
    return row(
      cell(
        code(
          `${indent(module.depth)}${module.path && module.depth === 0 ? `${module.name}: ` : ''}${label}`
        )
      ),
      cell(
        ...tensors.flatMap((tensor, index) => [...(index > 0 ? [text(', ')] : []), code(tensor)])
      ),
      cell(text(formatCount(count, format)))
    )
  }
  return {
    type: 'table',
    align: ['left', 'left', 'right'],
    children: [
      row(
        cell(text(words.frameworkModule)),
        cell(text(words.frameworkTensors)),
        cell(text(words.frameworkParams))
      ),
      ...modules.map(moduleRow),
      ...totalRows(breakdown, words, format, 1)
    ]
  }
}

/**
 * A model read from code as its framework lists it: Keras's
 * `model.summary()` (with "Connected to" for a graph), or PyTorch's module
 * tree with each module's tensors and count.
 */
export function codeSummary(breakdown: CodeBreakdown, words: Words, format: NumberFormat): Table {
  return breakdown.framework === 'keras'
    ? kerasSummary(breakdown, words, format)
    : torchSummary(breakdown, words, format)
}
