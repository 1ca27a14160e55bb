import type {TextDirective} from 'mdast-util-directive'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {closest, groupNames, quantityNames, quantityOf, quote} from '../core/index.js'
import type {RnnInline} from '../render/index.js'
import {formatCount} from '../render/index.js'
import {duplicateAttributes} from './duplicate-attributes.js'
import type {Expansion} from './expand-block.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import {inlineProblem} from './problem-node.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import {readStatedNumber} from './stated-number.js'

/** `total`, or `total=68` when the author states the number for the build to check. */
function readLabel(label: string): {name: string; stated?: string} {
  const at = label.indexOf('=')
  const name = (at === -1 ? label : label.slice(0, at)).trim() || 'total'
  return at === -1 ? {name} : {name, stated: label.slice(at + 1).trim()}
}

/**
 * Expand `:rnn[total]{…}` into the number, formatted for the page; with
 * `:rnn[total=68]{…}` the stated number must equal the count.
 */
export function expandInline(
  file: VFile,
  node: TextDirective,
  models: ModelRegistry,
  settings: Settings
): Expansion<RnnInline> {
  const fail = (problems: Problem[]) => ({replacement: inlineProblem(file, node, problems), problems})
  const duplicates = duplicateAttributes(node)
  if (duplicates.length > 0) return fail(duplicates)
  const network = resolveNetwork(node, models, settings)
  if (!network.ok) return fail([...network.problems])

  const {name, stated} = readLabel(toString(node))
  const count = quantityOf(network.breakdown, name)
  if (count === undefined) {
    const names = quantityNames(network.breakdown)
    const suggestion = closest(name, names)
    return fail([
      {
        ruleId: 'unknown-quantity',
        reason: `${quote(name)} is not a quantity of this network.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use a group (\`total\`, \`embedding\`, \`input\`, \`recurrent\`, \`output\`, \`rnn\`) or a term id (${names.slice(groupNames.length, groupNames.length + 3).map((id) => `\`${id}\``).join(', ')}…).`,
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

  return {
    replacement: {
      type: 'rnnInline',
      children: [{type: 'text', value: formatCount(count, settings.format)}],
      data: {hName: 'span', hProperties: {className: ['rnn-number', ...network.attributes.classes]}},
      ...(node.position ? {position: node.position} : {})
    },
    problems: []
  }
}
