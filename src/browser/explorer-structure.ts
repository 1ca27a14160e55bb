// When a choice changes the table's rows, the build's table (its symbols
// in the page's math) steps aside for one the script writes; back at the
// author's rows, it returns, with the derivation in symbols.

import {analyseDescription} from '../core/count-parameters.js'
import type {Breakdown} from '../core/index.js'
import type {ExplorerConfig, TableWords} from '../render/explorer-controls.js'
import type {ExplorerNumbers} from '../render/explorer-numbers.js'
import {explorerNumbers} from '../render/explorer-numbers.js'
import {plainTable, tableShape} from './explorer-table.js'

/** The build's table of each explorer, while a written one stands in for it. */
const builtTables = new WeakMap<Element, Element>()

function authorShape(config: ExplorerConfig): string {
  const analysis = analyseDescription(config.description as never)
  const format = {thousandsSeparator: config.separator}
  // The author's network was counted when the page was built.
  const breakdown = (analysis as {breakdown: Breakdown}).breakdown
  return tableShape(breakdown, explorerNumbers(breakdown, format))
}

/**
 * Put the table that has `breakdown`'s rows in place, then number every
 * slot in document order (the table's, then the derivation's last line).
 * Returns the table put in place, whose numbers are new, not changed.
 */
export function matchRows(
  explorer: HTMLElement,
  breakdown: Breakdown,
  numbers: ExplorerNumbers,
  config: ExplorerConfig,
  words: TableWords
): Element | undefined {
  const shape = tableShape(breakdown, numbers)
  const shown = explorer.dataset.rnnRows ?? authorShape(config)
  if (shape === shown) return undefined
  const table = explorer.querySelector('table') as HTMLTableElement
  const box = table.parentElement as HTMLElement
  // The derivation in symbols, after the table's box (absent in a widget).
  const next = box.nextElementSibling as Element
  const derivation = next.classList.contains('rnn-scroll') ? next : undefined
  const built = builtTables.get(explorer)
  const atAuthor = shape === authorShape(config)
  let placed: Element
  if (atAuthor && built) {
    placed = built
    builtTables.delete(explorer)
  } else {
    if (!built) builtTables.set(explorer, table)
    placed = plainTable(explorer.ownerDocument, breakdown, numbers, words)
  }

  table.replaceWith(placed)
  derivation?.toggleAttribute('hidden', !atAuthor)
  explorer.dataset.rnnRows = shape
  Array.from(explorer.querySelectorAll('[data-rnn-slot]')).forEach((slot, index) => {
    slot.setAttribute('data-rnn-slot', String(index))
  })
  return placed
}
