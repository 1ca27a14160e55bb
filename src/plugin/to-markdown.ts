import type {List, ListItem, Node, Paragraph} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import type {Options} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'
import type {RnnBlock, RnnInline} from '../render/index.js'
import type {RnnSource} from '../render/nodes.js'

/** A summary line, a problem's source or a diagram: shown in HTML, not written to Markdown. */
function htmlOnly(node: Node): boolean {
  return (
    (node.type === 'paragraph' || node.type === 'list' || node.type === 'rnnBlock') &&
    Boolean((node as RnnBlock).data?.rnnHtmlOnly)
  )
}

/** A block of ours with nothing to write in Markdown (a solution that is only a diagram). */
function writesNothing(node: Node): boolean {
  if (node.type !== 'rnnBlock') return false
  const block = node as RnnBlock
  return (
    block.data?.rnnSource === undefined &&
    block.children.every((child) => htmlOnly(child) || writesNothing(child))
  )
}

/**
 * How remark-rnn's own nodes are written: a block as its content (minus
 * HTML-only lines and diagrams), an inline as its text, and anything carrying
 * the author's source (a directive with problems) as that source, untouched.
 */
function rnnHandlers(
  paragraph: NonNullable<Options['handlers']>['paragraph'],
  listItem: NonNullable<Options['handlers']>['listItem']
): Options {
  return {
    // A block that writes nothing takes no blank lines of its own either.
    join: [(left, right) => (writesNothing(left) || writesNothing(right) ? 0 : undefined)],
    handlers: {
      rnnBlock(node: RnnBlock, _, state, info) {
        if (node.data?.rnnSource !== undefined) return node.data.rnnSource
        const children = node.children.filter((child) => !htmlOnly(child) && !writesNothing(child))
        return state.containerFlow({...node, children}, info)
      },
      rnnSource(node: RnnSource) {
        return node.data.rnnSource
      },
      rnnInline(node: RnnInline, _, state, info) {
        if (node.data?.rnnSource !== undefined) return node.data.rnnSource
        const value = state.containerPhrasing(node, info)
        // A number that starts a line, followed by `.` or `)`, would read as
        // a list item; the following text cannot see that, so escape here.
        const atBreak = info.before === '' || /[\r\n]$/.test(info.before)
        return atBreak && /^\d+$/.test(value) && /^[.)]/.test(info.after) ? value + '\\' : value
      },
      // A quiz option's radio and feedback are the form's, not the Markdown's.
      listItem(node: ListItem, parent, state, info) {
        if (!listItem) return ''
        const children = node.children.filter((child) => !htmlOnly(child))
        if (children.length === node.children.length) return listItem(node, parent, state, info)
        // The item keeps its place in the list: an ordered list numbers it by that.
        const item = {...node, children}
        const list = parent && {
          ...parent,
          children: (parent as List).children.map((child) => (child === node ? item : child))
        }
        return listItem(item, list as typeof parent, state, info)
      },
      paragraph(node: Paragraph, parent, state, info) {
        if (node.data?.rnnSource !== undefined) return node.data.rnnSource
        return paragraph ? paragraph(node, parent, state, info) : ''
      }
    }
  }
}

/**
 * The to-markdown extension remark-rnn registers: tables and math written
 * with the ecosystem's own serialisers, so Markdown output works without the
 * user adding remark-gfm or remark-math. Imported statically, so the plugin
 * loads the same way in Node.js, a bundler and a browser.
 */
export function rnnToMarkdown(): Options {
  return {
    extensions: [
      gfmTableToMarkdown(),
      mathToMarkdown(),
      rnnHandlers(defaultHandlers.paragraph, defaultHandlers.listItem)
    ]
  }
}
