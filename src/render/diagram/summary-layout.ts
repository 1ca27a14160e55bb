import type {Breakdown} from '../../core/index.js'
import {groupSums, totalSum} from '../group-sums.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import type {SolutionStrings} from '../strings.js'
import type {Line, Section, TextTone} from './items.js'
import {stackLines} from './stack-text.js'
import {lineWidth, plain} from './text-metrics.js'

/** `label: sum = value` when it fits in `width`, else `label: value`. */
function sumLine(label: string, sum: string, value: string, width: number, bold: boolean): Line {
  const full = plain(sum ? `${label}: ${sum} = ${value}` : `${label}: ${value}`)
  return lineWidth(full, bold) <= width ? full : plain(`${label}: ${value}`)
}

/** The lines of the sums, each shortened to fit `width`. */
function summaryLines(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat,
  width: number
) {
  const count = (value: number) => formatCount(value, format)
  const sums = groupSums(breakdown)
  const lines: Line[] = sums.map((sum) =>
    sumLine(
      strings.groups[sum.group],
      sum.summands.length > 1 ? sum.summands.map(count).join(' + ') : '',
      count(sum.subtotal),
      width,
      false
    )
  )
  const tones: TextTone[] = lines.map(() => 'text')
  const total = totalSum(sums, count, ' + ')
  lines.push(
    sumLine(
      strings.groups.total,
      sums.length > 1 || (sums[0]?.summands.length ?? 0) > 1 ? total : '',
      count(breakdown.total),
      width,
      true
    )
  )
  tones.push('heading')
  return {lines, tones}
}

/** The width the sums would like, up to `limit`: the picture widens a little rather than drop a sum. */
export function summaryWidth(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat,
  limit: number
): number {
  const {lines, tones} = summaryLines(breakdown, strings, format, Number.POSITIVE_INFINITY)
  const widths = lines.map((line, index) => lineWidth(line, tones[index] === 'heading'))
  return Math.max(0, ...widths.filter((width) => width <= limit))
}

/**
 * Each group's subtotal and the total as the table adds them up
 * (`Total: 20 + (25 + 5) + (15 + 3) = 68`), the sums left out where a line
 * would be wider than the picture.
 */
export function summarySection(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat,
  width: number
): Section {
  const {lines, tones} = summaryLines(breakdown, strings, format, width)
  const placed = stackLines(lines, tones, 0, 0)
  return {width: Math.ceil(placed.width), height: Math.ceil(placed.height), items: placed.items}
}
