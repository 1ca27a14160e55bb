import type {Nodes} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import type {Options} from 'mdast-util-to-markdown'
import type {RnnBlock, RnnInline, RnnSource} from '../render/index.js'

/**
 * What Markdown shows of generated content: the same nodes without the parts
 * only HTML shows (`rnnHtml`, at any depth, such as a quiz option's radio
 * inside its list item) and without blocks left empty by that. Nodes nothing
 * was taken from are kept as they are.
 */
function markdownContent<Child extends Nodes>(children: readonly Child[]): Child[] {
  return children.flatMap((child): Child[] => {
    if (child.type === 'rnnHtml') return []
    if (!('children' in child) || (child.type === 'rnnBlock' && child.source !== undefined))
      return [child]
    if (writesNothing(child)) return []
    const kept = markdownContent(child.children as Nodes[])
    const same =
      kept.length === child.children.length && kept.every((node, i) => node === child.children[i])
    return [same ? child : ({...child, children: kept} as Child)]
  })
}

/** A node of ours with nothing to write in Markdown (a solution that is only a diagram). */
function writesNothing(node: Nodes): boolean {
  if (node.type === 'rnnHtml') return true
  return node.type === 'rnnBlock' && node.source === undefined && node.children.every(writesNothing)
}

/**
 * How remark-rnn's own nodes are written: a block as its content (minus
 * what only HTML shows), an inline as its text, and anything carrying the
 * author's source (a directive with problems) as that source, untouched.
 * Other nodes are left to mdast-util-to-markdown's own handlers.
 */
function rnnHandlers(): Options {
  return {
    // A block that writes nothing takes no blank lines of its own either.
    join: [(left, right) => (writesNothing(left) || writesNothing(right) ? 0 : undefined)],
    handlers: {
      rnnBlock(node: RnnBlock, _, state, info) {
        if (node.source !== undefined) return node.source
        return state.containerFlow({...node, children: markdownContent(node.children)}, info)
      },
      rnnSource(node: RnnSource) {
        return node.source
      },
      rnnHtml() {
        return ''
      },
      rnnInline(node: RnnInline, _, state, info) {
        if (node.source !== undefined) return node.source
        const value = state.containerPhrasing(node, info)
        // A number that starts a line, followed by `.` or `)`, would read as
        // a list item; the following text cannot see that, so escape here.
        const atBreak = info.before === '' || /[\r\n]$/.test(info.before)
        return atBreak && /^\d+$/.test(value) && /^[.)]/.test(info.after) ? value + '\\' : value
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
  return {extensions: [gfmTableToMarkdown(), mathToMarkdown(), rnnHandlers()]}
}
