import type {BlockContent, Table, TableRow} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {RnnBlock} from './nodes.js'
import {rnnBlock} from './nodes.js'

/**
 * Each body cell labelled with its column's header (`data-label`), so a
 * narrow screen can stack a row's cells, each saying what it is (the CLI's
 * pages do), instead of hiding the Count column off to the side.
 */
function labelled(table: Table): Table {
  // A generated table always has its header row.
  const [head, ...body] = table.children as [TableRow, ...TableRow[]]
  const labels = head.children.map((cell) => toString(cell))
  const rows = body.map((row) => ({
    ...row,
    children: row.children.map((cell, index) => ({
      ...cell,
      data: {...cell.data, hProperties: {...cell.data?.hProperties, dataLabel: labels[index]}}
    }))
  }))
  return {...table, children: [head, ...rows]}
}

/**
 * A table that does not scroll by itself, so the box does: some themes
 * (Docusaurus's Infima) make every table a scroller, which a keyboard cannot
 * reach.
 */
function contained(part: BlockContent): BlockContent {
  if (part.type !== 'table') return part
  const data = part.data ?? {}
  return {
    ...labelled(part),
    data: {...data, hProperties: {...data.hProperties, style: 'overflow:visible'}}
  }
}

/**
 * A wide part (a table, long display math) in a box of its own that scrolls
 * sideways on a narrow screen, so the page never does. The style is inline
 * so it works on any site without a stylesheet; the box is a labelled,
 * keyboard-focusable group, so it can be scrolled without a mouse.
 * A site's own `.katex-display{overflow-x:auto}` would scroll the math
 * inside the box instead: `.rnn-scroll > .katex-display {overflow: visible}`
 * leaves that to the box (the CLI's pages have it). In
 * Markdown and MyST the box is not written, only the part.
 */
export function scrollRegion(part: BlockContent, label: string): RnnBlock {
  return rnnBlock('div', ['rnn-scroll'], [contained(part)], {
    // A group, not a region: the same network may appear twice on a page, and landmarks must differ.
    role: 'group',
    ariaLabel: label,
    tabIndex: '0',
    style: 'overflow-x:auto'
  })
}
