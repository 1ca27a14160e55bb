import type {Breakdown, GroupName} from '../core/index.js'
import {frameworkName, groupNames} from '../core/index.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {termLabel} from './term-label.js'

/** `a, b and c` in the reader's language. */
export function listed(parts: readonly string[], and: string): string {
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
    : (parts[0] ?? '')
}

/** The cell in words, `bidirectional` before it when it is: `LSTM`, `bidirectional GRU`. */
export function cellName(description: Breakdown['description'], strings: SolutionStrings): string {
  return (
    (description.bidirectional ? `${strings.bidirectional} ` : '') + strings.cells[description.cell]
  )
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
  const outputs = listed(d.outputs.map(String), strings.and)
  const merge = d.bidirectional && d.merge !== 'concat' ? `, ${strings.quizMerge[d.merge]}` : ''
  return fillTemplate(strings.quizQuestion, {
    cell: cellName(d, strings),
    framework: frameworkName(d.framework),
    inputs: String(d.inputs),
    units,
    outputs,
    inputPhrase: counted(d.inputs, strings.quizInputs),
    layerPhrase: layerPhrase(d.units, strings) + merge,
    outputPhrase: decoderPhrase(breakdown, strings) + outputPhrase(d.outputs, strings),
    quantities: listed(
      ask.map((name) => askPhrase(breakdown, name, strings)),
      strings.and
    )
  })
}

/** `5 units`, or `stacked layers of 8 and 6 units`. */
function layerPhrase(units: readonly number[], strings: SolutionStrings): string {
  return units.length > 1
    ? fillTemplate(strings.quizLayers.stacked, {units: listed(units.map(String), strings.and)})
    : counted(units[0] ?? 0, strings.quizLayers)
}

/** `no output layer`, `a dense output layer of 3 nodes`, `dense layers of 64 and 1 nodes`. */
function outputPhrase(outputs: readonly number[], strings: SolutionStrings): string {
  if (outputs.length === 0) return strings.quizOutputLayer.none
  if (outputs.length === 1) return counted(outputs[0] ?? 0, strings.quizOutputLayer)
  return fillTemplate(strings.quizOutputLayer.dense, {
    outputs: listed(outputs.map(String), strings.and)
  })
}

/** The decoder of an encoder–decoder before its head, or nothing. */
function decoderPhrase(breakdown: Breakdown, strings: SolutionStrings): string {
  const decoder = breakdown.description.decoder
  if (decoder === null) return ''
  const vocabPhrase =
    decoder.vocab > 0 ? fillTemplate(strings.quizDecoderVocab, {vocab: String(decoder.vocab)}) : ''
  return `${fillTemplate(strings.quizDecoder, {
    inputPhrase: counted(decoder.inputs, strings.quizInputs),
    layerPhrase: layerPhrase(decoder.units, strings),
    vocabPhrase
  })} `
}
