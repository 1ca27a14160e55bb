import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {Breakdown} from '../core/index.js'
import type {Settings} from '../directives/options.js'
import {formatCount, solutionTable} from '../render/index.js'

/** The worked table of a breakdown as GFM Markdown (the page's own table), and its total. */
export function breakdownMarkdown(breakdown: Breakdown, settings: Settings): string {
  const table = solutionTable(breakdown, settings.strings, settings.format)
  const markdown = toMarkdown(
    {type: 'root', children: [table]},
    {extensions: [gfmTableToMarkdown(), mathToMarkdown()]}
  )
  const d = breakdown.description
  const cell = `${d.bidirectional ? 'bidirectional ' : ''}${d.cell.toUpperCase()}`
  return `**${formatCount(breakdown.total, settings.format)} parameters** (${cell}, ${d.framework})\n\n${markdown}`
}
