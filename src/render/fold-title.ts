import type {Breakdown} from '../core/index.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import {cellName, counted, listed} from './quiz-question.js'
import type {SolutionPart} from './solution.js'
import {defaultSolutionParts, solutionParts} from './solution.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'

/**
 * The network a fold holds, in words and without any count, so two folds in
 * a row say which network each is: `LSTM, 4 inputs, 5 units, 3 outputs`;
 * `bidirectional GRU, 3 inputs, 8 and 4 units`; `simple RNN, 4 inputs,
 * 5 units, dense layers of 64 and 1 nodes`.
 */
export function foldNetwork(breakdown: Breakdown, strings: SolutionStrings): string {
  const {description: d} = breakdown
  const single = cellName(d, strings)
  // An encoder–decoder says so; inputs and units are the encoder's, the dense layers the decoder's.
  const cell = d.decoder ? fillTemplate(strings.foldEncoderDecoder, {cell: single}) : single
  const units =
    d.units.length > 1
      ? fillTemplate(strings.quizLayers.other, {count: listed(d.units.map(String), strings.and)})
      : counted(d.units[0] ?? 0, strings.quizLayers)
  const dense = d.outputs
  const outputs =
    dense.length > 1
      ? [fillTemplate(strings.foldOutputs.layers, {sizes: listed(dense.map(String), strings.and)})]
      : dense.map((size) => counted(size, strings.foldOutputs))
  return [cell, counted(d.inputs, strings.quizInputs), units, ...outputs].join(', ')
}

/**
 * The title of a folded solution or quiz answer: the template's `{network}`
 * filled. The built-in titles hold no count; `{total}` is still filled for
 * an author whose own title asks for it.
 */
export function foldTitle(
  template: string,
  breakdown: Breakdown,
  settings: {readonly strings: SolutionStrings; readonly format: NumberFormat}
): string {
  return fillTemplate(template, {
    network: foldNetwork(breakdown, settings.strings),
    total: formatCount(breakdown.total, settings.format)
  })
}

const frameworkNames = {keras: 'Keras', pytorch: 'PyTorch'} as const

/**
 * A fold's title with what it holds when that is not the default table,
 * derivation and shapes, so folds in a row tell a table from a Keras or a
 * PyTorch summary: `Worked solution: simple RNN, 4 inputs, 5 units (PyTorch summary)`.
 */
export function foldHolding(
  title: string,
  breakdown: Breakdown,
  settings: {readonly strings: SolutionStrings; readonly parts: readonly SolutionPart[]}
): string {
  const {parts, strings} = settings
  const usual =
    parts.length === defaultSolutionParts.length &&
    defaultSolutionParts.every((part) => parts.includes(part))
  if (usual) return title
  const framework = frameworkNames[breakdown.description.framework]
  const names = solutionParts
    .filter((part) => parts.includes(part))
    .map((part) => fillTemplate(strings.foldParts[part], {framework}))
  return fillTemplate(strings.foldHolds, {title, parts: listed(names, strings.and)})
}
