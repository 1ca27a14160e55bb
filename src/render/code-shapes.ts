import type {Table, TableRow} from 'mdast'
import type {CodeBreakdown, CodeLayer} from '../core/code/index.js'
import {kerasOutputShape, kerasShape} from './framework-shape.js'
import {tensorTexts} from './module-tensors.js'
import type {CodeStrings} from './strings.js'
import {cell, code, strong, text} from './table.js'

type Shape = readonly (number | null)[]

const row = (...cells: TableRow['children']): TableRow => ({type: 'tableRow', children: cells})

/** Each tensor of a layer as `kernel [8, 64]`, separated by commas. */
function tensorCell(breakdown: CodeBreakdown, layer: CodeLayer) {
  return cell(
    ...tensorTexts(breakdown, layer.name).flatMap((tensor, index) => [
      ...(index > 0 ? [text(', ')] : []),
      code(tensor)
    ])
  )
}

/**
 * The shapes of a model read from code: for Keras each layer's input(s) →
 * output, batch first as summary() prints them, and every tensor's shape;
 * for PyTorch each module's output features where its spec gives them
 * (its other dimensions depend on how `forward` calls it, which the reader
 * does not follow) and its tensors.
 */
export function codeShapes(breakdown: CodeBreakdown, words: CodeStrings): Table {
  const keras = breakdown.framework === 'keras'
  const headers = keras
    ? [words.layer, words.inputShape, words.outputShape, words.tensorShapes]
    : [words.layer, words.outputWidth, words.tensorShapes]
  const layerRow = (layer: CodeLayer) =>
    row(
      cell(strong(layer.name || words.model), text(` (${layer.type})`)),
      ...(keras
        ? [
            // A Keras layer always has both: the reader builds it on its first call.
            cell(code((layer.inputShapes as readonly Shape[]).map(kerasShape).join(', '))),
            cell(code(kerasOutputShape(layer.outputShape as Shape, layer.stateShapes)))
          ]
        : [cell(...(layer.outputWidth === undefined ? [] : [text(String(layer.outputWidth))]))]),
      tensorCell(breakdown, layer)
    )
  return {
    type: 'table',
    align: keras ? ['left', 'left', 'left', 'left'] : ['left', 'right', 'left'],
    children: [
      row(...headers.map((header) => cell(text(header)))),
      ...breakdown.layers.map(layerRow)
    ]
  }
}
