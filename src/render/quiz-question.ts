import type {Breakdown, GroupName} from '../core/index.js'
import {groupNames} from '../core/index.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {termLabel} from './term-label.js'

/** `a, b and c` in the reader's language. */
export function listed(parts: readonly string[], and: string): string {
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
    : (parts[0] ?? '')
}

/** `1 input`, `4 inputs`: a number with its word, from a `{one, other}` pair. */
export function counted(
  count: number,
  forms: {readonly one: string; readonly other: string}
): string {
  return fillTemplate(count === 1 ? forms.one : forms.other, {count: String(count)})
}

/** `in total`, `in its input weights`, `in its output bias`: what one asked quantity is called. */
function askPhrase(breakdown: Breakdown, name: string, strings: SolutionStrings): string {
  if ((groupNames as readonly string[]).includes(name)) return strings.quizAsk[name as GroupName]
  const term = breakdown.terms.find((candidate) => candidate.id === name)
  if (term === undefined) return name
  return fillTemplate(strings.quizAsk.term, {
    name: term.name,
    label: termLabel(term, strings, breakdown.description.units.length > 1)
  })
}

/**
 * The question of a quiz without its own text: "Network: simple RNN (Keras),
 * 4 inputs, 5 units, a dense output layer of 3 nodes. How many parameters
 * does this network have in total?"
 */
export function quizQuestionText(
  breakdown: Breakdown,
  ask: readonly string[],
  strings: SolutionStrings
): string {
  const {description: d} = breakdown
  const units = listed(d.units.map(String), strings.and)
  const outputs = d.outputs.join(', ')
  const output = d.outputs.at(-1) ?? 0
  return fillTemplate(strings.quizQuestion, {
    cell: (d.bidirectional ? `${strings.bidirectional} ` : '') + strings.cells[d.cell],
    framework: d.framework === 'keras' ? 'Keras' : 'PyTorch',
    inputs: String(d.inputs),
    units,
    outputs,
    inputPhrase: counted(d.inputs, strings.quizInputs),
    layerPhrase:
      d.units.length > 1
        ? fillTemplate(strings.quizLayers.stacked, {units})
        : counted(d.units[0] ?? 0, strings.quizLayers),
    outputPhrase:
      output === 0 ? strings.quizOutputLayer.none : counted(output, strings.quizOutputLayer),
    quantities: listed(
      ask.map((name) => askPhrase(breakdown, name, strings)),
      strings.and
    )
  })
}
