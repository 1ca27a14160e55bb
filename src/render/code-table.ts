import type {AlignType, Table, TableRow} from 'mdast'
import type {CodeBreakdown, CodeTerm} from '../core/code/index.js'
import {english} from './locales/en.js'
import {inlineMath} from './math-nodes.js'
import type {NumberFormat} from './number-format.js'
import {formatCount, formatCountLatex} from './number-format.js'
import type {CodeStrings} from './strings.js'
import {cell, code, strong, text} from './table.js'

const align: AlignType[] = ['left', 'left', 'center', 'left', 'right']

/**
 * The worked table of a model read from code, as a GFM table node: each
 * layer's tensors (as the framework names them, its shape, the formula from
 * the layer's spec, the count, non-trainable ones marked), the layer's
 * subtotal, then the total and, when some are frozen, its trainable split.
 * For the `:::rnn` directive whose content is the model's Python; `part`
 * when the breakdown is one layer or module of the model (a hover), whose
 * sum is a subtotal.
 */
export function codeSolutionTable(
  breakdown: CodeBreakdown,
  format: NumberFormat,
  words: CodeStrings = english.code,
  part = false
): Table {
  const count = (value: number) => formatCount(value, format)
  const latexCount = (value: number) => formatCountLatex(value, format)
  const row = (...cells: TableRow['children']): TableRow => ({type: 'tableRow', children: cells})
  const termRow = (term: CodeTerm): TableRow =>
    row(
      cell(text('')),
      cell(code(term.name), ...(term.trainable ? [] : [text(` ${words.nonTrainable}`)])),
      cell(text(term.shape.length > 0 ? term.shape.map(count).join(' × ') : words.scalar)),
      cell(
        inlineMath(
          `${term.formula.symbolic} = ${term.formula.factors.map((factor) => latexCount(factor.value)).join(' \\cdot ')}`
        )
      ),
      cell(text(count(term.count)))
    )
  const layerRows = breakdown.layers.flatMap((layer) => [
    row(
      cell(strong(layer.name || words.model)),
      cell(text(layer.type)),
      cell(text('')),
      cell(text('')),
      cell(strong(count(layer.params)))
    ),
    ...breakdown.terms.filter((term) => term.layer === layer.name).map(termRow)
  ])
  const sum = (label: string, value: number) =>
    row(
      cell(strong(label)),
      cell(text('')),
      cell(text('')),
      cell(text('')),
      cell(strong(count(value)))
    )
  return {
    type: 'table',
    align,
    children: [
      row(
        ...[words.layer, words.tensor, words.shape, words.formula, words.parameters].map((label) =>
          cell(text(label))
        )
      ),
      ...layerRows,
      sum(part ? words.subtotal : words.total, breakdown.total),
      ...(breakdown.nonTrainable > 0
        ? [
            sum(words.trainable, breakdown.trainable),
            sum(words.nonTrainableSum, breakdown.nonTrainable)
          ]
        : [])
    ]
  }
}
