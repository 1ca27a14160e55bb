import type {AlignType, PhrasingContent, Table, TableCell, TableRow} from 'mdast'
import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import {inlineMath} from './math-nodes.js'
import type {NumberFormat} from './number-format.js'
import {formatCount, formatCountLatex} from './number-format.js'
import {groupedByPart, partSumTexts} from './part-sums.js'
import type {SolutionStrings} from './strings.js'
import {termLabel} from './term-label.js'

// The small mdast pieces the generated tables are made of (the worked
// solution's table and the framework summary).

export function cell(...children: PhrasingContent[]): TableCell {
  return {type: 'tableCell', children}
}

export function text(value: string): PhrasingContent {
  return {type: 'text', value}
}

export function code(value: string): PhrasingContent {
  return {type: 'inlineCode', value}
}

export function strong(value: string): PhrasingContent {
  return {type: 'strong', children: [text(value)]}
}

const align: AlignType[] = ['left', 'center', 'center', 'left', 'right']

/**
 * The worked-solution table as a GFM table node: one row per term, then the
 * group subtotals and the total, as the seed lesson adds them up; a network
 * with a decoder or hidden dense layers has its rows grouped by part instead.
 */
export function solutionTable(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): Table {
  const stacked = breakdown.description.units.length > 1
  const count = (value: number) => formatCount(value, format)
  const latexCount = (value: number) => formatCountLatex(value, format)

  const header: TableRow = {
    type: 'tableRow',
    children: [
      strings.columnTerm,
      strings.columnSymbol,
      strings.columnShape,
      strings.columnFormula,
      strings.columnCount
    ].map((label) => cell(text(label)))
  }

  const termRow = (term: Breakdown['terms'][number]): TableRow => ({
    type: 'tableRow',
    children: [
      cell(text(termLabel(term, strings, stacked))),
      cell(inlineMath(term.symbol)),
      cell(text(`${count(term.shape.rows)} × ${count(term.shape.columns)}`)),
      cell(
        inlineMath(
          `${term.formula.symbolic} = ${term.formula.factors.map((factor) => latexCount(factor.value)).join(' \\cdot ')}`
        )
      ),
      cell(text(count(term.count)))
    ]
  })

  return {
    type: 'table',
    align,
    children: [
      header,
      ...(groupedByPart(breakdown)
        ? partRows(breakdown, strings, termRow, count)
        : seedRows(breakdown, strings, termRow, count))
    ]
  }
}

type TermRow = (term: Breakdown['terms'][number]) => TableRow

/**
 * The seed lesson's layout: every term, then each group's subtotal, the
 * network without its output layer, and the grouped total
 * (`20 + (25 + 5) + (15 + 3)`).
 */
function seedRows(
  breakdown: Breakdown,
  strings: SolutionStrings,
  termRow: TermRow,
  count: (value: number) => string
): TableRow[] {
  const sums = groupSums(breakdown)
  const subtotalRows = sums.map(
    (sum): TableRow =>
      summaryRow(
        strings.groups[sum.group],
        sum.rowSummands.length > 1 ? sum.rowSummands.map(count).join(' + ') : '',
        count(sum.subtotal)
      )
  )

  const hasOutput = breakdown.groups.output > 0
  const rnnRow = hasOutput
    ? [
        summaryRow(
          strings.groups.rnn,
          `${count(breakdown.groups.input)} + ${count(breakdown.groups.recurrent)}`,
          count(breakdown.groups.rnn)
        )
      ]
    : []
  const totalRow = summaryRow(
    strings.groups.total,
    totalSum(sums, count, ' + '),
    count(breakdown.total)
  )
  return [...breakdown.terms.map(termRow), ...subtotalRows, ...rnnRow, totalRow]
}

/**
 * Rows grouped by part (embeddings, encoder or recurrent layers, decoder,
 * dense layers), each part's terms followed by its subtotal; the total is
 * the sum of the parts.
 */
function partRows(
  breakdown: Breakdown,
  strings: SolutionStrings,
  termRow: TermRow,
  count: (value: number) => string
): TableRow[] {
  const {parts, total} = partSumTexts(breakdown, strings, count)
  const rows = parts.flatMap(({part, label, sum, subtotal}) => [
    ...part.terms.map(termRow),
    summaryRow(label, sum, subtotal)
  ])
  // Grouped by part means two parts at least: the total is always their sum.
  return [...rows, summaryRow(strings.groups.total, total, count(breakdown.total))]
}

function summaryRow(label: string, sum: string, count: string): TableRow {
  return {
    type: 'tableRow',
    children: [
      cell(strong(label)),
      cell(),
      cell(),
      cell(...(sum ? [text(sum)] : [])),
      cell(strong(count))
    ]
  }
}
