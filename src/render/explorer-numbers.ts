import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import {groupedByPart, partLabel, partSums} from './part-sums.js'
import type {SolutionStrings} from './strings.js'

/**
 * One number an explorer shows and its script keeps up to date: a count
 * (a term's, a subtotal, the total) is marked with its old value when it
 * changes; the work leading to it (a shape, the numbers substituted into a
 * formula, a sum) is just rewritten.
 */
export interface ExplorerNumber {
  readonly kind: 'count' | 'work'
  readonly text: string
}

/** A subtotal row of the explorer's table: its label's key and its sum and count. */
export interface ExplorerSum {
  /** A group (`input`, `total`, …) in the seed's layout, a part (`encoder`, …) grouped by part. */
  readonly key: string
  readonly sum: ExplorerNumber
  readonly count: ExplorerNumber
}

/** Everything numeric an explorer shows, in the order its table and last line show them. */
export interface ExplorerNumbers {
  /** Per term, in the breakdown's order: shape, numbers substituted, count. */
  readonly terms: ReadonlyArray<readonly [ExplorerNumber, ExplorerNumber, ExplorerNumber]>
  readonly sums: readonly ExplorerSum[]
  /** The derivation's last line: the total as a sum, and the total. */
  readonly total: readonly [ExplorerNumber, ExplorerNumber]
}

const work = (text: string): ExplorerNumber => ({kind: 'work', text})
const counted = (text: string): ExplorerNumber => ({kind: 'count', text})

/**
 * The numbers of an explorer for one breakdown: what the build writes and
 * what the page's script writes after a change, from the same function, so
 * the two can never disagree. The rows are those of the worked table (the
 * seed's groups, or parts for an encoder–decoder or dense layers).
 */
export function explorerNumbers(breakdown: Breakdown, format: NumberFormat): ExplorerNumbers {
  const count = (value: number) => formatCount(value, format)
  const terms = breakdown.terms.map(
    (term) =>
      [
        work(`${count(term.shape.rows)} × ${count(term.shape.columns)}`),
        work(term.formula.factors.map((factor) => count(factor.value)).join(' · ')),
        counted(count(term.count))
      ] as const
  )
  const total = counted(count(breakdown.total))
  if (groupedByPart(breakdown)) {
    const parts = partSums(breakdown)
    const sum = parts.map((part) => count(part.subtotal)).join(' + ')
    return {
      terms,
      sums: [
        ...parts.map((part) => ({
          key: part.part,
          sum: work(part.summands.length > 1 ? part.summands.map(count).join(' + ') : ''),
          count: counted(count(part.subtotal))
        })),
        {key: 'total', sum: work(sum), count: total}
      ],
      total: [work(sum), total]
    }
  }

  const groups = groupSums(breakdown)
  const sum = totalSum(groups, count, ' + ')
  const rnn =
    breakdown.groups.output > 0
      ? [
          {
            key: 'rnn',
            sum: work(`${count(breakdown.groups.input)} + ${count(breakdown.groups.recurrent)}`),
            count: counted(count(breakdown.groups.rnn))
          }
        ]
      : []
  return {
    terms,
    sums: [
      ...groups.map((group) => ({
        key: group.group,
        sum: work(group.rowSummands.length > 1 ? group.rowSummands.map(count).join(' + ') : ''),
        count: counted(count(group.subtotal))
      })),
      ...rnn,
      {key: 'total', sum: work(sum), count: total}
    ],
    total: [work(sum), total]
  }
}

/** The numbers in the order the page's slots hold them (`data-rnn-slot` 0, 1, …). */
export function slotNumbers(numbers: ExplorerNumbers): ExplorerNumber[] {
  return [
    ...numbers.terms.flat(),
    ...numbers.sums.flatMap((row) => [row.sum, row.count]),
    ...numbers.total
  ]
}

/** A subtotal row's label: its group (`Input parameters`, `Total`), or its part in a network grouped by part. */
export function sumLabel(
  key: string,
  breakdown: Breakdown,
  strings: Pick<SolutionStrings, 'groups' | 'parts'>
): string {
  return key === 'total' || !groupedByPart(breakdown)
    ? strings.groups[key as keyof SolutionStrings['groups']]
    : partLabel(key as Breakdown['terms'][number]['part'], breakdown, strings)
}
