import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {messageSource, ruleUrl} from '../directives/rules.js'
import {stopOnErrors} from '../directives/stop-on-errors.js'

/**
 * How deep `render` and `export` let a page nest (quotes in quotes, lists in lists):
 * the HTML and Markdown writers recurse once per level and overflow the
 * stack at about 1,500; a real page nests a few levels.
 */
export const nestingLimit = 500

/** The first node, in document order, nested deeper than the limit; found without recursion. */
export function tooDeep(tree: Root): Nodes | undefined {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next
    if (depth > nestingLimit) return node
    const children: readonly Nodes[] = 'children' in node ? node.children : []
    for (let index = children.length - 1; index >= 0; index--)
      stack.push([children[index] as Nodes, depth + 1])
  }

  return undefined
}

/** Report a page nested deeper than the limit: one error at the first node too deep. Whether it is. */
function reportTooDeep(tree: Root, file: VFile): boolean {
  const node = tooDeep(tree)
  if (!node) return false
  const message = file.message(
    `This page nests more than ${nestingLimit} levels deep here (quotes, lists or elements inside one another); remark-rnn renders and exports pages nested at most ${nestingLimit} deep.`,
    {place: node.position, ruleId: 'page-too-deep', source: messageSource}
  )
  message.url = ruleUrl('page-too-deep')
  message.fatal = true
  return true
}

/** `check` and `export`: the limit as one more error of the page, so a page `render` refuses never passes. */
export function remarkNestingCheck() {
  return (tree: Root, file: VFile) => {
    reportTooDeep(tree, file)
  }
}

/** `render`, before the page is written: past the limit, stop with the page's errors instead of a stack overflow. */
export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    if (reportTooDeep(tree, file)) stopOnErrors(file)
  }
}
