import type {BlockContent} from 'mdast'
import type {RnnBlock} from './nodes.js'
import {rnnBlock} from './nodes.js'

/**
 * A table that does not scroll by itself, so the box does: some themes
 * (Docusaurus's Infima) make every table a scroller, which a keyboard cannot
 * reach.
 */
function contained(part: BlockContent): BlockContent {
  if (part.type !== 'table') return part
  const data = part.data ?? {}
  return {...part, data: {...data, hProperties: {...data.hProperties, style: 'overflow:visible'}}}
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
