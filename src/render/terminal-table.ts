import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'

/** A terminal's usual width: a wider table becomes a list, one term per block. */
const terminalWidth = 80

const frameworkNames = {keras: 'Keras', pytorch: 'PyTorch'} as const

/**
 * The worked table as plain text for a terminal: one row per term, the group
 * subtotals, then the seed's grouped total (`20 + (25 + 5) + (15 + 3)`). Each
 * tensor is shown as the framework stores it (`weight_ih_l0 [80, 10]`), the
 * shape column as fan-in × fan-out; the header names both conventions.
 */
export function terminalTable(breakdown: Breakdown, format: NumberFormat): string {
  const count = (value: number) => formatCount(value, format)
  const framework = frameworkNames[breakdown.description.framework]
  const header = ['Parameters', `${framework} tensor [shape]`, 'In × out', 'Formula', 'Count']
  const rows = breakdown.terms.map((term) => [
    term.name,
    `${term.tensor.name} [${term.tensor.shape.join(', ')}]`,
    `${count(term.shape.rows)} × ${count(term.shape.columns)}`,
    term.formula.text,
    count(term.count)
  ])
  const sums = groupSums(breakdown)
  const summary = [
    ...sums.map((sum) => [`${sum.group} parameters`, sum.rowSummands.length > 1 ? sum.rowSummands.map(count).join(' + ') : '', count(sum.subtotal)]),
    ...(breakdown.groups.output > 0
      ? [['rnn (no output layer)', `${count(breakdown.groups.input)} + ${count(breakdown.groups.recurrent)}`, count(breakdown.groups.rnn)]]
      : []),
    ['total', totalSum(sums, count, ' + '), count(breakdown.total)]
  ]

  const table = aligned([header, ...rows], summary)
  if (table.every((line) => [...line].length <= terminalWidth)) return table.join('\n')

  // Too wide for a terminal: each term as a short block, then the sums.
  const list = rows.map(([name, tensor, shape, formula, value]) => `${name}\n  ${tensor}  (${shape})\n  ${formula} = ${value}`)
  const sumLines = summary.map(([label, sum, total]) => `${label}: ${sum ? `${sum} = ` : ''}${total}`)
  return [`Parameters, each with its ${framework} tensor [shape] and (in × out):`, '', ...list, '', ...sumLines].join('\n')
}

/**
 * Columns padded to their widest cell (the count right-aligned), a rule under
 * the header and above the sums; a sum spans the three middle columns.
 */
function aligned(table: readonly (readonly string[])[], sums: readonly (readonly string[])[]): string[] {
  const header = table[0] ?? []
  const length = (text: string) => [...text].length
  const widths = header.map((_, column) => Math.max(...table.map((row) => length(row[column] ?? ''))))
  const [first = 0, second = 0, third = 0, fourth = 0] = widths
  widths[0] = Math.max(first, ...sums.map(([label = '']) => length(label)))
  const span = Math.max(second + third + fourth + 4, ...sums.map(([, sum = '']) => length(sum)))
  widths[3] = span - second - third - 4
  const last = Math.max(widths[4] ?? 0, ...sums.map(([, , total = '']) => length(total)))
  widths[4] = last
  const pad = (text: string, width: number) => text + ' '.repeat(width - length(text))
  const line = (cells: readonly string[], cellWidths: readonly number[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? ' '.repeat((cellWidths[column] ?? 0) - length(cell)) + cell : pad(cell, cellWidths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '─'.repeat(width)).join('  ')
  const sumWidths = [widths[0] ?? 0, span, last]
  return [line(header, widths), rule, ...table.slice(1).map((row) => line(row, widths)), rule, ...sums.map((sum) => line(sum, sumWidths))]
}
