import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import {groupedByPart, partSumTexts} from './part-sums.js'
import {locales} from './strings.js'

/** A terminal's usual width: a wider table becomes a list, one term per block. */
const terminalWidth = 80

const frameworkNames = {keras: 'Keras', pytorch: 'PyTorch'} as const

/**
 * The worked table as plain text for a terminal: one row per term, the group
 * subtotals, then the seed's grouped total (`20 + (25 + 5) + (15 + 3)`), or
 * for a network grouped by part each part's subtotal and their sum. Each
 * tensor is shown as the framework stores it (`weight_ih_l0 [80, 10]`), the
 * shape column as fan-in × fan-out; the header names both conventions.
 */
export function terminalTable(breakdown: Breakdown, format: NumberFormat): string {
  const count = (value: number) => formatCount(value, format)
  const framework = frameworkNames[breakdown.description.framework]
  const header: Row = ['Parameters', `${framework} tensor [shape]`, 'In × out', 'Formula', 'Count']
  const grouped = groupedByPart(breakdown)
  // The terms come part by part, in the order of the sums under them (test/render/part-order.test.ts).
  const rows = breakdown.terms.map(
    (term): Row => [
      term.name,
      `${term.tensor.name} [${term.tensor.shape.join(', ')}]`,
      `${count(term.shape.rows)} × ${count(term.shape.columns)}`,
      term.formula.text,
      count(term.count)
    ]
  )
  const summary = grouped ? partSummary(breakdown, count) : seedSummary(breakdown, count)
  const table = aligned(header, rows, summary)
  if (table.every((line) => [...line].length <= terminalWidth)) return table.join('\n')

  // Too wide for a terminal: each term as a short block, then the sums.
  const list = rows.map(
    ([name, tensor, shape, formula, value]) =>
      `${name}\n  ${tensor}  (${shape})\n  ${formula} = ${value}`
  )
  const sumLines = summary.map(
    ([label, sum, total]) => `${label}: ${sum ? `${sum} = ` : ''}${total}`
  )
  return [
    `Parameters, each with its ${framework} tensor [shape] and (in × out):`,
    '',
    ...list,
    '',
    ...sumLines
  ].join('\n')
}

/** The seed lesson's sums: each group, the network without its output layer, the grouped total. */
function seedSummary(breakdown: Breakdown, count: (value: number) => string): SumRow[] {
  const sums = groupSums(breakdown)
  return [
    ...sums.map(
      (sum): SumRow => [
        `${sum.group} parameters`,
        sum.rowSummands.length > 1 ? sum.rowSummands.map(count).join(' + ') : '',
        count(sum.subtotal)
      ]
    ),
    ...(breakdown.groups.output > 0
      ? [
          [
            'rnn (no output layer)',
            `${count(breakdown.groups.input)} + ${count(breakdown.groups.recurrent)}`,
            count(breakdown.groups.rnn)
          ] as const
        ]
      : []),
    ['total', totalSum(sums, count, ' + '), count(breakdown.total)] as const
  ]
}

/** Each part's subtotal (embeddings, encoder or recurrent layers, decoder, dense layers), then their sum. */
function partSummary(breakdown: Breakdown, count: (value: number) => string): SumRow[] {
  const english = locales.en as (typeof locales)[string]
  const {parts, total} = partSumTexts(breakdown, english, count)
  return [
    ...parts.map(({label, sum, subtotal}): SumRow => [label.toLowerCase(), sum, subtotal]),
    ['total', total, count(breakdown.total)]
  ]
}

/** A row of the table: the term, its tensor, in × out, the formula and the count. */
type Row = readonly [string, string, string, string, string]
/** A sum: its label, the sum spanning the three middle columns, and the count. */
type SumRow = readonly [string, string, string]

/**
 * Columns padded to their widest cell (the count right-aligned), a rule under
 * the header and above the sums; a sum spans the three middle columns.
 */
function aligned(header: Row, rows: readonly Row[], sums: readonly SumRow[]): string[] {
  const length = (text: string) => [...text].length
  const widest = (texts: readonly string[]) => Math.max(...texts.map(length))
  const table = [header, ...rows]
  const label = widest([...table.map((row) => row[0]), ...sums.map((sum) => sum[0])])
  const tensor = widest(table.map((row) => row[1]))
  const shape = widest(table.map((row) => row[2]))
  const span = Math.max(
    tensor + shape + widest(table.map((row) => row[3])) + 4,
    widest(sums.map((sum) => sum[1]))
  )
  const count = widest([...table.map((row) => row[4]), ...sums.map((sum) => sum[2])])
  const formula = span - tensor - shape - 4
  const pad = (text: string, width: number) => text + ' '.repeat(width - length(text))
  /** Cells with their widths: the last right-aligned. */
  const line = (cells: ReadonlyArray<readonly [string, number]>) =>
    cells
      .map(([cell, width], column) =>
        column === cells.length - 1 ? ' '.repeat(width - length(cell)) + cell : pad(cell, width)
      )
      .join('  ')
      .trimEnd()
  const rowLine = (row: Row) =>
    line([
      [row[0], label],
      [row[1], tensor],
      [row[2], shape],
      [row[3], formula],
      [row[4], count]
    ])
  const rule = [label, tensor, shape, formula, count].map((width) => '─'.repeat(width)).join('  ')
  return [
    rowLine(header),
    rule,
    ...rows.map(rowLine),
    rule,
    ...sums.map((sum) =>
      line([
        [sum[0], label],
        [sum[1], span],
        [sum[2], count]
      ])
    )
  ]
}
