import type {Directives} from 'mdast-util-directive'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import {toMarkdown} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import type {CodeBreakdown} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import {codeQuantityOf} from '../directives/code-quantity.js'
import {readLabel} from '../directives/inline-number.js'
import type {Settings} from '../directives/options.js'
import {readStatedNumber} from '../directives/stated-number.js'
import {codeSolutionTable, formatCount} from '../render/index.js'

/** The page's table of a model read from code, as GFM Markdown; of one part of it (a layer, a module) ending in its subtotal. */
export const codeTableMarkdown = (
  breakdown: CodeBreakdown,
  settings: Settings,
  part = false
): string =>
  toMarkdown(
    {
      type: 'root',
      children: [codeSolutionTable(breakdown, settings.format, settings.strings.code, part)]
    },
    {extensions: [gfmTableToMarkdown(), mathToMarkdown()]}
  )

/** An inline quantity's count, and whether the number its text states (`total=68`) agrees. */
function inlineCodeMarkdown(
  node: Directives,
  breakdown: CodeBreakdown,
  settings: Settings
): string | undefined {
  const {name, stated} = readLabel(toString(node))
  const count = codeQuantityOf(breakdown, name)
  if (count === undefined) return undefined
  const said = `**${formatCount(count, settings.format)}** (${name}, ${frameworkName(breakdown.framework)})`
  if (stated === undefined) return said
  return `${said}; ${statedVerdict(stated, count, settings.format.thousandsSeparator)}.`
}

/** Whether the number an inline quantity states (`total=68`) is the count, in the hover's words. */
export function statedVerdict(stated: string, count: number, thousandsSeparator: string): string {
  return readStatedNumber(stated, thousandsSeparator) === count
    ? 'the stated number is right'
    : `the text states ${stated}, which is wrong`
}

/** What hovering a model read from code shows: its total and the page's table, or an inline quantity's count. */
export function codeMarkdown(
  node: Directives,
  breakdown: CodeBreakdown,
  settings: Settings
): string | undefined {
  const framework = frameworkName(breakdown.framework)
  if (node.type === 'textDirective') return inlineCodeMarkdown(node, breakdown, settings)
  const table = codeTableMarkdown(breakdown, settings)
  return `**${formatCount(breakdown.total, settings.format)} parameters** (${framework} ${breakdown.models.join(' and ')})\n\n${table}`
}
