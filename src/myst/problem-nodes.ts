import type {Problem} from '../directives/report.js'
import {messagePhrasing} from '../render/message-phrasing.js'
import type {MystNode} from './types.js'
import {writtenOptions} from './written-options.js'

const quoted = (value: string) =>
  value === ''
    ? ''
    : /^[^\s"'=<>`{}]+$/.test(value)
      ? `=${value}`
      : `="${value.replaceAll('"', '&quot;')}"`

/** What is wrong, on the page: one list item per message, ending in its ruleId. */
function problemList(problems: readonly Problem[]): MystNode {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    class: 'rnn-problem-note',
    children: problems.map((problem) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            ...(messagePhrasing(problem.reason) as MystNode[]),
            {type: 'text', value: ' '},
            {type: 'inlineCode', value: problem.ruleId, class: 'rnn-problem-rule'}
          ]
        }
      ]
    }))
  }
}

/**
 * A broken directive kept visible, as the remark plugin keeps its own: the
 * name, argument and options as written, as code, the list of what is wrong,
 * then the author's content, so a reader sees what did not expand and why,
 * and nothing the author wrote is lost.
 */
export function blockProblem(
  node: MystNode,
  name: string,
  body: readonly MystNode[],
  problems: readonly Problem[]
): MystNode[] {
  const argument = node.children?.find((child) => child.type === 'mystDirectiveArg')?.value
  const opening = argument ? `{${name}} ${String(argument)}` : `{${name}}`
  const lines = [
    opening,
    ...writtenOptions(node).map((option) => `:${option.name}: ${option.value}`.trimEnd())
  ]
  return [
    {type: 'code', lang: 'markdown', value: lines.join('\n'), class: 'rnn-problem'},
    problemList(problems),
    ...body
  ]
}

/** A broken role kept visible: its source as inline code. */
export function inlineProblem(node: MystNode, name: string, label: string): MystNode[] {
  const options = writtenOptions(node).map((option) => ` ${option.name}${quoted(option.value)}`)
  return [
    {type: 'inlineCode', value: `{${name}${options.join('')}}\`${label}\``, class: 'rnn-problem'}
  ]
}
