import type {Breakdown} from '../../core/index.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import {cellName, listed} from '../quiz-question.js'
import type {SolutionStrings} from '../strings.js'
import {fillTemplate} from '../strings.js'
import {termLabel} from '../term-label.js'
import {runsText, symbolRuns} from './symbol.js'

/** One stack in words: `simple RNN with 4 inputs, 5 units and 3 outputs`, its head when it has one. */
function stackName(
  cell: string,
  inputs: number,
  units: readonly number[],
  outputs: readonly number[],
  strings: SolutionStrings
): string {
  const template =
    outputs.length === 0
      ? strings.diagramNetworkNoOutput
      : outputs.length === 1
        ? strings.diagramNetwork
        : strings.diagramNetworkDense
  return fillTemplate(template, {
    cell,
    inputs: String(inputs),
    units: listed(units.map(String), strings.and),
    outputs: listed(outputs.map(String), strings.and)
  })
}

/** The network in words: `simple RNN with 4 inputs, 5 units and 3 outputs`; an encoder–decoder names both stacks. */
function networkName(breakdown: Breakdown, strings: SolutionStrings): string {
  const {description: d} = breakdown
  const cell = strings.cells[d.cell]
  const encoderCell = cellName(d, strings)
  const name = d.decoder
    ? fillTemplate(strings.diagramEncoderDecoder, {
        encoder: stackName(encoderCell, d.inputs, d.units, [], strings),
        decoder: stackName(cell, d.decoder.inputs, d.decoder.units, d.outputs, strings)
      })
    : stackName(encoderCell, d.inputs, d.units, d.outputs, strings)
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** The `<title>`: the network and its total. */
export function diagramTitle(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): string {
  return fillTemplate(strings.diagramTitle, {
    network: networkName(breakdown, strings),
    total: formatCount(breakdown.total, format)
  })
}

/** The `<desc>`: one sentence per matrix and vector, with symbol, shape and count. */
export function diagramDescription(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): string {
  const stacked = breakdown.description.units.length > 1
  // The terms come part by part, as the table lists them (test/render/part-order.test.ts).
  return breakdown.terms
    .map((term) =>
      fillTemplate(strings.diagramMatrix, {
        name: termLabel(term, strings, stacked),
        symbol: runsText(symbolRuns(term.symbol)),
        rows: formatCount(term.shape.rows, format),
        columns: formatCount(term.shape.columns, format),
        count: formatCount(term.count, format)
      })
    )
    .join(' ')
}
