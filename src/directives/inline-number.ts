import {closest, groupNames, quantityNames, quantityOf} from '../core/index.js'
import {formatCount} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'

/** `total`, or `total=68` when the author states the number for the build to check. */
export function readLabel(label: string): {name: string; stated?: string} {
  const [name = '', stated] = label.split('=', 2).map((part) => part.trim())
  return stated === undefined ? {name: name || 'total'} : {name: name || 'total', stated}
}

/** A number for the prose, or the problems that keep the inline form as written. */
export type InlineNumber =
  | {
      readonly ok: true
      /** The count, formatted for the page. */
      readonly text: string
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
    }
  | {readonly ok: false; readonly problems: Problem[]}

/**
 * The quantity `label` names (`total`, `recurrent`, a term id; `total=68`
 * states the number, which must equal the count) of the network the
 * directive describes or names with `model=…`.
 */
export function countQuantity(
  node: DirectiveLike,
  label: string,
  models: ModelRegistry,
  settings: Settings
): InlineNumber {
  const fail = (problems: Problem[]): InlineNumber => ({ok: false, problems})
  const network = resolveNetwork(node, models, settings)
  if (!network.ok) return fail([...network.problems])

  const {name, stated} = readLabel(label)
  const count = quantityOf(network.breakdown, name)
  if (count === undefined) {
    const names = quantityNames(network.breakdown)
    const suggestion = closest(name, names)
    return fail([
      {
        ruleId: 'unknown-quantity',
        reason: `\`${name}\` is not a quantity of this network.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use a group (\`total\`, \`embedding\`, \`input\`, \`recurrent\`, \`output\`, \`rnn\`) or a term id (${names
          .slice(groupNames.length, groupNames.length + 3)
          .map((id) => `\`${id}\``)
          .join(', ')}…).`,
        node,
        expected: suggestion ? [suggestion] : undefined
      }
    ])
  }

  if (stated !== undefined && stated.replace(/[\s,._’']/g, '') !== String(count)) {
    return fail([
      {
        ruleId: 'wrong-number',
        reason: `The text says ${name} = ${stated}, but this network has ${formatCount(count, {thousandsSeparator: ','})} (${name}).`,
        node,
        expected: [String(count)]
      }
    ])
  }

  return {ok: true, text: formatCount(count, settings.format), classes: network.attributes.classes}
}
