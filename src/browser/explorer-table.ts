// A worked table the script writes anew when a choice (`vary=…`) changes
// its rows: the same rows and slots as the build's, its formulas in plain
// symbols (`n·h`), as the page's math renderer is not here.
import type {Breakdown} from '../core/index.js'
import type {TableWords} from '../render/explorer-controls.js'
import type {ExplorerNumber, ExplorerNumbers} from '../render/explorer-numbers.js'
import {sumLabel} from '../render/explorer-numbers.js'
import {termLabel} from '../render/term-label.js'

type Content = string | Node

function make(doc: Document, tag: string, ...children: Content[]): HTMLElement {
  const element = doc.createElement(tag)
  element.append(...children)
  return element
}

/** The table for `breakdown`, its numbers in slots (`data-rnn-slot` numbered by the caller). */
export function plainTable(
  doc: Document,
  breakdown: Breakdown,
  numbers: ExplorerNumbers,
  words: TableWords
): HTMLTableElement {
  const slot = (number: ExplorerNumber) => {
    const span = make(doc, 'span', number.text)
    span.setAttribute('data-rnn-slot', '')
    return span
  }
  // Aligned as the build's table is: words left, shapes centred, counts right.
  const align = ['left', 'center', 'left', 'right']
  const row = (tag: string, ...cells: Content[][]) =>
    make(
      doc,
      'tr',
      ...cells.map((content, column) => {
        const cell = make(doc, tag, ...content)
        cell.setAttribute('align', align[column] as string)
        return cell
      })
    )
  const stacked = breakdown.description.units.length > 1
  const head = row(
    'th',
    [words.columnTerm],
    [words.columnShape],
    [words.columnFormula],
    [words.columnCount]
  )
  const terms = breakdown.terms.map((term, index) => {
    const [shape, numeric, count] = numbers.terms[index] as ExplorerNumbers['terms'][number]
    const symbols = term.formula.factors.map((factor) => factor.text).join('·')
    return row(
      'td',
      [termLabel(term, words, stacked)],
      [slot(shape)],
      [`${symbols} = `, slot(numeric)],
      [slot(count)]
    )
  })
  const sums = numbers.sums.map((sum) =>
    row(
      'td',
      [make(doc, 'strong', sumLabel(sum.key, breakdown, words))],
      [],
      [slot(sum.sum)],
      [make(doc, 'strong', slot(sum.count))]
    )
  )
  const table = make(doc, 'table', make(doc, 'thead', head), make(doc, 'tbody', ...terms, ...sums))
  table.setAttribute('style', 'overflow:visible')
  return table as HTMLTableElement
}

/** What makes two tables the same but for their numbers: the terms, their formulas, the subtotal rows. */
export function tableShape(breakdown: Breakdown, numbers: ExplorerNumbers): string {
  return JSON.stringify([
    breakdown.terms.map((term) => [term.id, term.symbol, term.formula.symbolic]),
    numbers.sums.map((sum) => sum.key)
  ])
}
