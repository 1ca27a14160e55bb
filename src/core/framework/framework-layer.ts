import type {Breakdown, FrameworkTensor, Term} from '../breakdown.js'
import type {NetworkDescription} from '../description.js'
import type {DescribedLayer} from '../description-graph.js'
import {describedGraph} from '../description-graph.js'

/**
 * One row of what the framework itself prints for the network: a Keras
 * `model.summary()` row, or one PyTorch module with its `named_parameters()`.
 */
export interface FrameworkLayer {
  /**
   * `simple_rnn_1` (Keras's own numbering) or the module's attribute path
   * (`lstm`, `encoder.lstm`): a tensor's full PyTorch name is
   * `${name}.${tensor.name}`.
   */
  readonly name: string
  /** The Keras class (`SimpleRNN`, `Bidirectional`, `InputLayer`) or PyTorch module (`LSTM`, `Linear`). */
  readonly type: string
  /**
   * Keras: the shape as `summary()` prints it, `null` for `None`
   * (`[null, 7, 5]`). PyTorch: `[batch, time, features]` with `null` where
   * unknown (`batch_first=True`), `[batch, features]` after the last step.
   * For a layer that also returns its states, the first output's shape.
   */
  readonly outputShape: readonly (number | null)[]
  /** An encoder layer's final states (`return_state`), after `outputShape`: `[h, c]` per direction. */
  readonly stateShapes?: readonly (readonly (number | null)[])[]
  readonly params: number
  /** The tensors this layer owns, named as the framework names them inside it. */
  readonly tensors: readonly FrameworkTensor[]
}

/** The terms of one stack's recurrent layer `layer` (the encoder's by default). */
export function layerTerms(
  breakdown: Breakdown,
  layer: number,
  part: 'encoder' | 'decoder' = 'encoder'
): Term[] {
  return breakdown.terms.filter((term) => term.part === part && term.layer === layer)
}

/** The terms of the encoder's (or only) Embedding, or the decoder's. */
export function embeddingTerms(breakdown: Breakdown, stack: 'encoder' | 'decoder'): Term[] {
  return breakdown.terms.filter(
    (term) => term.part === 'embedding' && (term.stack ?? 'encoder') === stack
  )
}

/** The terms of dense layer `dense` (1-based; the last is the output layer). */
export function denseTerms(breakdown: Breakdown, dense: number): Term[] {
  return breakdown.terms.filter((term) => term.part === 'head' && term.dense === dense)
}

export function sumCounts(terms: readonly Term[]): number {
  return terms.reduce((total, term) => total + term.count, 0)
}

/** One layer or module of a summary: its name, type, output shape, and the terms it holds. */
export function layerRow(
  name: string,
  type: string,
  outputShape: (number | null)[],
  terms: readonly Term[]
): FrameworkLayer {
  return {
    name,
    type,
    outputShape,
    params: sumCounts(terms),
    tensors: terms.map((term) => term.tensor)
  }
}

/** The described graphs of the networks being summarised, by description. */
const graphs = new WeakMap<NetworkDescription, readonly DescribedLayer[]>()

/**
 * The output width of a stack's recurrent layer of `units` units, as its
 * call in the model graph builds it (every layer of a stack is alike but
 * for its units).
 */
function stackWidth(breakdown: Breakdown, part: 'encoder' | 'decoder', units: number): number {
  const {description} = breakdown
  const graph = graphs.get(description) ?? describedGraph(description)
  graphs.set(description, graph)
  const layer = graph.find(({label}) => label.place.part === part && label.units === units)
  return (layer as DescribedLayer).output.at(-1) as number
}

/**
 * The width an encoder layer hands on: its projection or units, doubled
 * when bidirectional and concatenated (`merge=concat`, PyTorch always).
 */
export function handedOnWidth(breakdown: Breakdown, units: number): number {
  return stackWidth(breakdown, 'encoder', units)
}

/** The width the decoder's layer hands on: its projection or units (it is unidirectional). */
export function decoderWidth(breakdown: Breakdown, units: number): number {
  return stackWidth(breakdown, 'decoder', units)
}
