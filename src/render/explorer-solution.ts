import type {BlockContent, Paragraph, PhrasingContent, Table, TableRow} from 'mdast'
import type {Breakdown, Term} from '../core/index.js'
import type {ExplorerNumber, ExplorerNumbers} from './explorer-numbers.js'
import {sumLabel} from './explorer-numbers.js'
import {foldNetwork} from './fold-title.js'
import {displayMath, inlineMath} from './math-nodes.js'
import type {RnnInline} from './nodes.js'
import {scrollRegion} from './scroll-region.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {cell, text} from './table.js'
import {termLabel} from './term-label.js'

/**
 * A number the page's script rewrites: a `span` numbered in the order of
 * `slotNumbers`; in Markdown just its text.
 */
function slotMaker(): (number: ExplorerNumber) => RnnInline {
  let next = 0
  return (number) => ({
    type: 'rnnInline',
    children: [{type: 'text', value: number.text}],
    data: {hName: 'span', hProperties: {dataRnnSlot: String(next++)}}
  })
}

const strongOf = (child: PhrasingContent): PhrasingContent => ({
  type: 'strong',
  children: [child]
})

type Slot = ReturnType<typeof slotMaker>

/**
 * The explorer's table: the worked table's rows, each formula in symbols
 * (math, which stays) followed by its numbers (text, which the script
 * rewrites), each shape and count a slot.
 */
function explorerTable(
  breakdown: Breakdown,
  numbers: ExplorerNumbers,
  strings: SolutionStrings,
  slot: Slot,
  math: boolean
): Table {
  const stacked = breakdown.description.units.length > 1
  // Without math (a widget, which has no KaTeX), no symbol column, and formulas in plain symbols (`n·h`).
  const symbolColumn = (...cells: TableRow['children']) => (math ? cells : [])
  const header: TableRow = {
    type: 'tableRow',
    children: [
      strings.columnTerm,
      ...(math ? [strings.columnSymbol] : []),
      strings.columnShape,
      strings.columnFormula,
      strings.columnCount
    ].map((label) => cell(text(label)))
  }
  const termRow = (term: Term, index: number): TableRow => {
    const [shape, numeric, count] = numbers.terms[index] as ExplorerNumbers['terms'][number]
    return {
      type: 'tableRow',
      children: [
        cell(text(termLabel(term, strings, stacked))),
        ...symbolColumn(cell(inlineMath(term.symbol))),
        cell(slot(shape)),
        cell(
          math
            ? inlineMath(term.formula.symbolic)
            : text(term.formula.factors.map((factor) => factor.text).join('·')),
          text(' = '),
          slot(numeric)
        ),
        cell(slot(count))
      ]
    }
  }
  // Slots are numbered as they are made: the terms' first, as `slotNumbers` lists them.
  const termRows = breakdown.terms.map(termRow)
  const sumRows = numbers.sums.map(
    (row): TableRow => ({
      type: 'tableRow',
      children: [
        cell(strongOf(text(sumLabel(row.key, breakdown, strings)))),
        ...symbolColumn(cell()),
        cell(),
        cell(slot(row.sum)),
        cell(strongOf(slot(row.count)))
      ]
    })
  )
  return {
    type: 'table',
    align: ['left', ...(math ? (['center'] as const) : []), 'center', 'left', 'right'],
    children: [header, ...termRows, ...sumRows]
  }
}

/**
 * The explorer's derivation: each term's formula in symbols (they hold for
 * any sizes), then its last line in numbers, as text the script rewrites.
 */
function derivation(
  breakdown: Breakdown,
  numbers: ExplorerNumbers,
  strings: SolutionStrings,
  slot: Slot
): {math: string; last: Paragraph} {
  const lines = breakdown.terms.map((term) => `\\#${term.symbol} &= ${term.formula.symbolic}`)
  const math = ['\\begin{aligned}', lines.join(' \\\\\n'), '\\end{aligned}'].join('\n')
  const [sum, total] = numbers.total
  const last: Paragraph = {
    type: 'paragraph',
    children: [text(`${strings.totalSymbol} = `), slot(sum), text(' = '), strongOf(slot(total))],
    data: {hProperties: {className: ['rnn-explorer-total']}}
  }
  return {math, last}
}

/**
 * What an explorer shows without its script: the worked table and the
 * derivation at the author's sizes, every number in a slot the script keeps
 * up to date (`slotNumbers` gives them in slot order). Without `math`
 * (a widget, which has no KaTeX), the table's formulas are in plain
 * symbols and the derivation is its last line only.
 */
export function explorerSolution(
  breakdown: Breakdown,
  numbers: ExplorerNumbers,
  strings: SolutionStrings,
  math = true
): BlockContent[] {
  const slot = slotMaker()
  const network = foldNetwork(breakdown, strings)
  const region = (part: 'table' | 'derivation', content: BlockContent) =>
    scrollRegion(content, fillTemplate(strings.regions[part], {network}))
  const table = explorerTable(breakdown, numbers, strings, slot, math)
  const lines = derivation(breakdown, numbers, strings, slot)
  return [
    region('table', table),
    ...(math ? [region('derivation', displayMath(lines.math))] : []),
    lines.last
  ]
}
