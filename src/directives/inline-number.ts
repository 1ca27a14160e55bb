import {closest, didYouMean, groupNames, quantityNames, quantityOf, quote} from '../core/index.js'
import {formatCount} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import {readStatedNumber} from './stated-number.js'

/** `total`, or `total=68` when the author states the number for the build to check. */
function readLabel(label: string): {name: string; stated?: string} {
  const at = label.indexOf('=')
  const name = (at === -1 ? label : label.slice(0, at)).trim() || 'total'
  return at === -1 ? {name} : {name, stated: label.slice(at + 1).trim()}
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
        reason: `${quote(name)} is not a quantity of this network.${didYouMean(suggestion)} Use a group (\`total\`, \`embedding\`, \`input\`, \`recurrent\`, \`output\`, \`rnn\`) or a term id (${names
          .slice(groupNames.length, groupNames.length + 3)
          .map((id) => `\`${id}\``)
          .join(', ')}…).`,
        node,
        expected: suggestion ? [suggestion] : undefined
      }
    ])
  }

  if (stated !== undefined) {
    const value = readStatedNumber(stated, settings.format.thousandsSeparator)
    if (value === undefined) {
      return fail([
        {
          ruleId: 'unreadable-number',
          reason: `${quote(stated)} is not a parameter count: write it with digits, grouped in thousands if you like (\`1,234\` or \`1 234\`). This network has ${formatCount(count, {thousandsSeparator: ','})} (${name}).`,
          node,
          expected: [String(count)]
        }
      ])
    }

    if (value !== count) {
      return fail([
        {
          ruleId: 'wrong-number',
          reason: `The text says ${name} = ${quote(stated).slice(1, -1)}, but this network has ${formatCount(count, {thousandsSeparator: ','})} (${name}).`,
          node,
          expected: [String(count)]
        }
      ])
    }
  }

  return {ok: true, text: formatCount(count, settings.format), classes: network.attributes.classes}
}
