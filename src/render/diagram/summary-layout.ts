import type {Breakdown} from '../../core/index.js'
import {groupSums, totalSum} from '../group-sums.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import {groupedByPart, partSumTexts} from '../part-sums.js'
import type {SolutionStrings} from '../strings.js'
import type {Line, Section, TextTone} from './items.js'
import {stackLines} from './stack-text.js'
import {lineWidth, plain} from './text-metrics.js'

/** One line of sums: in full (`label: sum = value`) and short (`label: value`), both measured once. */
interface SumLine {
  readonly full: Line
  readonly short: Line
  readonly fullWidth: number
  readonly tone: TextTone
}

function sumLine(label: string, sum: string, value: string, tone: TextTone): SumLine {
  const short = plain(`${label}: ${value}`)
  const full = sum ? plain(`${label}: ${sum} = ${value}`) : short
  return {full, short, fullWidth: lineWidth(full, tone === 'heading'), tone}
}

/** The sums of a breakdown: each group's subtotal, then the total in bold. */
export type SummaryLines = readonly SumLine[]

/** The lines of the sums, worked out once for both the width the picture needs and the section. */
export function summaryLines(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): SummaryLines {
  const count = (value: number) => formatCount(value, format)
  if (groupedByPart(breakdown)) return partLines(breakdown, strings, count)
  const sums = groupSums(breakdown)
  const lines = sums.map((sum) =>
    sumLine(
      strings.groups[sum.group],
      sum.summands.length > 1 ? sum.summands.map(count).join(' + ') : '',
      count(sum.subtotal),
      'text'
    )
  )
  const total = totalSum(sums, count, ' + ')
  // Every network has input and recurrent parameters: the total is always a sum.
  lines.push(sumLine(strings.groups.total, total, count(breakdown.total), 'heading'))
  return lines
}

/** Each part's subtotal, then the total as their sum, as the table grouped by part adds them up. */
function partLines(
  breakdown: Breakdown,
  strings: SolutionStrings,
  count: (value: number) => string
): SumLine[] {
  const {parts, total} = partSumTexts(breakdown, strings, count)
  return [
    ...parts.map(({label, sum, subtotal}) => sumLine(label, sum, subtotal, 'text')),
    sumLine(strings.groups.total, total, count(breakdown.total), 'heading')
  ]
}

/** The width the sums would like, up to `limit`: the picture widens a little rather than drop a sum. */
export function summaryWidth(lines: SummaryLines, limit: number): number {
  return Math.max(0, ...lines.map((line) => line.fullWidth).filter((width) => width <= limit))
}

/**
 * Each group's subtotal and the total as the table adds them up
 * (`Total: 20 + (25 + 5) + (15 + 3) = 68`), the sums left out where a line
 * would be wider than the picture.
 */
export function summarySection(lines: SummaryLines, width: number): Section {
  const placed = stackLines(
    lines.map((line) => (line.fullWidth <= width ? line.full : line.short)),
    lines.map((line) => line.tone),
    0,
    0
  )
  return {width: Math.ceil(placed.width), height: Math.ceil(placed.height), items: placed.items}
}
