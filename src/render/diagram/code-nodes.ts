import type {CodeBreakdown, CodeModule} from '../../core/code/index.js'
import {kerasShape} from '../framework-shape.js'
import {subtreeCount, tiedTensorTexts} from '../module-tensors.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import type {CodeStrings} from '../strings.js'
import {fillTemplate} from '../strings.js'
import type {BoxTone} from './items.js'

/** One box of a code model's diagram: a Keras layer or Input, or a PyTorch module. */
export interface CodeNode {
  readonly name: string
  /** `lstm (LSTM)`, `(rnn): LSTM`. */
  readonly label: string
  /** The count line, or an Input's shape; then a tied tensor's line (`weight [100, 8] = encoder.weight`). */
  readonly details: readonly string[]
  readonly tone: BoxTone
  /** Keras: the nodes it reads; PyTorch: its parent module. */
  readonly from: readonly string[]
  /** PyTorch: its depth in the module tree. */
  readonly depth: number
  /** The sentence of the text alternative. */
  readonly words: string
}

const sentence = (words: CodeStrings, name: string, type: string, count: string) =>
  fillTemplate(words.diagramLayer, {name, type, count})

/** A Keras model's Inputs and layers, each with the names of what it reads. */
function kerasNodes(
  breakdown: CodeBreakdown,
  words: CodeStrings,
  format: NumberFormat
): CodeNode[] {
  // Keras layers always carry their inputs: the reader records them on the first call.
  const read = new Set(breakdown.layers.flatMap((layer) => layer.inputs as readonly string[]))
  const inputs = (breakdown.inputs ?? []).map(
    (input): CodeNode => ({
      name: input.name,
      label: `${input.name} (InputLayer)`,
      details: [kerasShape(input.shape)],
      tone: 'input',
      from: [],
      depth: 0,
      words: sentence(words, input.name, 'InputLayer', formatCount(0, format))
    })
  )
  const layers = breakdown.layers.map((layer): CodeNode => {
    const from = layer.inputs as readonly string[]
    const count = formatCount(layer.params, format)
    const reads =
      from.length > 0 ? `, ${fillTemplate(words.diagramReads, {inputs: from.join(', ')})}` : ''
    return {
      name: layer.name,
      label: `${layer.name} (${layer.type})`,
      details: [
        fillTemplate(words.diagramCount, {count}),
        ...(layer.nonTrainable > 0
          ? [fillTemplate(words.diagramFrozen, {count: formatCount(layer.nonTrainable, format)})]
          : [])
      ],
      tone: from.length > 1 ? 'concat' : read.has(layer.name) ? 'hidden' : 'output',
      from,
      depth: 0,
      words: `${sentence(words, layer.name, layer.type, count)}${reads}`
    }
  })
  return [...inputs, ...layers]
}

/** The parent of a module in the tree: the nearest one above it at a smaller depth. */
function parentOf(modules: readonly CodeModule[], index: number): CodeModule | undefined {
  const module = modules[index] as CodeModule
  return modules
    .slice(0, index)
    .reverse()
    .find((other) => other.depth < module.depth)
}

/** A PyTorch model's module tree, in print(model)'s order. */
function torchNodes(
  breakdown: CodeBreakdown,
  words: CodeStrings,
  format: NumberFormat
): CodeNode[] {
  // A PyTorch model always has its module tree: the root at least.
  const modules = breakdown.modules as readonly CodeModule[]
  return modules.map((module, index): CodeNode => {
    const parent = parentOf(modules, index)
    const count = formatCount(subtreeCount(breakdown, module.path), format)
    const label = parent
      ? `(${module.name}): ${module.type}`
      : module.path
        ? `${module.name}: ${module.type}`
        : module.type
    const own = breakdown.terms.some((term) => term.layer === module.path)
    const tied = tiedTensorTexts(breakdown, module.path)
    const inside = parent
      ? `, ${fillTemplate(words.diagramInside, {parent: parent.path || parent.type})}`
      : ''
    return {
      name: module.path,
      label,
      details: [fillTemplate(words.diagramCount, {count}), ...tied],
      tone: own ? 'hidden' : 'input',
      from: parent ? [parent.path] : [],
      depth: module.depth,
      words:
        [sentence(words, module.path || module.type, module.type, count), ...tied].join(', ') +
        inside
    }
  })
}

/** The boxes of a code model's diagram: Keras's layer graph, or PyTorch's module tree. */
export function codeNodes(
  breakdown: CodeBreakdown,
  words: CodeStrings,
  format: NumberFormat
): CodeNode[] {
  return breakdown.framework === 'keras'
    ? kerasNodes(breakdown, words, format)
    : torchNodes(breakdown, words, format)
}
