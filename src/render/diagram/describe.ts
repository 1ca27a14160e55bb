import type {Breakdown} from '../../core/index.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import type {SolutionStrings} from '../strings.js'
import {fillTemplate} from '../strings.js'
import {termLabel} from '../term-label.js'
import {runsText, symbolRuns} from './symbol.js'

/** The network in words: `simple RNN with 4 inputs, 5 units and 3 outputs`. */
function networkName(breakdown: Breakdown, strings: SolutionStrings): string {
  const {description: d} = breakdown
  const cell = (d.bidirectional ? `${strings.bidirectional} ` : '') + strings.cells[d.cell]
  const units =
    d.units.length > 1
      ? `${d.units.slice(0, -1).join(', ')} ${strings.and} ${d.units.at(-1)}`
      : String(d.units[0])
  const name = fillTemplate(
    d.outputs.length > 0 ? strings.diagramNetwork : strings.diagramNetworkNoOutput,
    {cell, inputs: String(d.inputs), units, outputs: String(d.outputs.at(-1) ?? 0)}
  )
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
