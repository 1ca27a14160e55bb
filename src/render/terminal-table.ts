import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'

/**
 * The worked table as plain text for a terminal: one row per term, the group
 * subtotals, then the seed's grouped total (`20 + (25 + 5) + (15 + 3) = 68`).
 */
export function terminalTable(breakdown: Breakdown, format: NumberFormat): string {
  const count = (value: number) => formatCount(value, format)
  const header = ['Parameters', 'Tensor', 'Shape', 'Formula', 'Count']
  const rows = breakdown.terms.map((term) => [
    term.name,
    term.tensor.name,
    `${term.shape.rows} × ${term.shape.columns}`,
    term.formula.text,
    count(term.count)
  ])
  const sums = groupSums(breakdown)
  const summary = [
    ...sums.map((sum) => [`${sum.group} parameters`, '', '', sum.summands.length > 1 ? sum.summands.map(count).join(' + ') : '', count(sum.subtotal)]),
    ...(breakdown.groups.output > 0
      ? [['without the output layer (rnn)', '', '', `${count(breakdown.groups.input)} + ${count(breakdown.groups.recurrent)}`, count(breakdown.groups.rnn)]]
      : []),
    ['total', '', '', totalSum(sums, count, ' + '), count(breakdown.total)]
  ]

  const all = [header, ...rows, ...summary]
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)))
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0
        const pad = ' '.repeat(width - [...cell].length)
        return column === row.length - 1 ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '─'.repeat(width)).join('  ')
  return [line(header), rule, ...rows.map(line), rule, ...summary.map(line)].join('\n')
}
