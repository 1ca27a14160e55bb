import type {Problem} from '../directives/report.js'
import {blockProblemNote} from '../render/problem-note.js'
import {toMyst} from './to-myst.js'
import type {MystNode} from './types.js'
import {writtenOptions} from './written-options.js'

const quoted = (value: string) =>
  value === ''
    ? ''
    : /^[^\s"'=<>`{}]+$/.test(value)
      ? `=${value}`
      : `="${value.replaceAll('"', '&quot;')}"`

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
    // The remark plugin's note, as MyST nodes: its classes kept, its inline style dropped.
    ...toMyst([blockProblemNote(problems)], []),
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
