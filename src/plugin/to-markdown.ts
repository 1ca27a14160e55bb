import type {Options} from 'mdast-util-to-markdown'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import type {RnnBlock, RnnInline} from '../render/index.js'

/**
 * Serialise generated nodes as plain Markdown: a block as its content (minus
 * HTML-only lines), an inline as its text. Tables and math are written with
 * remark-gfm's and remark-math's own serialisers, so Markdown output works
 * without the user adding either plugin.
 */
export function rnnToMarkdown(): Options[] {
  return [
    gfmTableToMarkdown(),
    mathToMarkdown(),
    {
      handlers: {
        rnnBlock(node: RnnBlock, _, state, info) {
          const children = node.children.filter(
            (child) => !(child.type === 'paragraph' && child.data?.rnnHtmlOnly)
          )
          return state.containerFlow({...node, children}, info)
        },
        rnnInline(node: RnnInline, _, state, info) {
          const value = state.containerPhrasing(node, info)
          // A number that starts a line, followed by `.` or `)`, would read as
          // a list item; the following text cannot see that, so escape here.
          const atBreak = info.before === '' || /[\r\n]$/.test(info.before)
          return atBreak && /^\d+$/.test(value) && /^[.)]/.test(info.after) ? value + '\\' : value
        }
      }
    }
  ]
}
