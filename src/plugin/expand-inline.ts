import type {TextDirective} from 'mdast-util-directive'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {closest, quantityNames, quantityOf} from '../core/index.js'
import type {RnnInline} from '../render/index.js'
import {formatCount} from '../render/index.js'
import {duplicateAttributes} from './duplicate-attributes.js'
import type {Expansion} from './expand-block.js'
import type {ModelRegistry} from '../directives/models.js'
import type {Settings} from '../directives/options.js'
import {inlineProblem} from './problem-node.js'
import type {Problem} from '../directives/report.js'
import {resolveNetwork} from '../directives/resolve-network.js'

/** `total`, or `total=68` when the author states the number for the build to check. */
function readLabel(label: string): {name: string; stated?: string} {
  const [name = '', stated] = label.split('=', 2).map((part) => part.trim())
  return stated === undefined ? {name: name || 'total'} : {name: name || 'total', stated}
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
  const duplicates = duplicateAttributes(file, node)
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
        reason: `\`${name}\` is not a quantity of this network.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use a group (\`total\`, \`input\`, \`recurrent\`, \`output\`, \`rnn\`) or a term id (${names.slice(5, 8).map((id) => `\`${id}\``).join(', ')}…).`,
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
