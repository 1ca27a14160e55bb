import type {FrameworkTensor} from '../breakdown.js'
import type {NetworkDescription} from '../description.js'
import type {DescribedLayer} from '../description-graph.js'
import {describedGraph} from '../description-graph.js'
import {exactProduct, exactSum} from '../exact.js'

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

/**
 * A summary row and the layers of the model graph it lists: one layer, a
 * PyTorch module's run of layers, or none (an `InputLayer`, a `Concatenate`).
 */
export interface SummaryRow {
  readonly layer: FrameworkLayer
  readonly from: readonly DescribedLayer[]
}

/** The model graphs of the networks being listed, by description (a page lists one many times). */
const graphs = new WeakMap<NetworkDescription, readonly DescribedLayer[]>()

/** The description's model graph, as it is counted: the layers every framework view lists. */
export function networkGraph(description: NetworkDescription): readonly DescribedLayer[] {
  const known = graphs.get(description)
  if (known !== undefined) return known
  const graph = describedGraph(description)
  graphs.set(description, graph)
  return graph
}

/** The graph's layers by where they sit in the network. */
export interface NetworkParts {
  readonly encoderEmbedding?: DescribedLayer
  readonly decoderEmbedding?: DescribedLayer
  /** The encoder's (or only) recurrent layers. */
  readonly encoder: readonly DescribedLayer[]
  readonly decoder: readonly DescribedLayer[]
  /** The dense layers, the output layer last. */
  readonly head: readonly DescribedLayer[]
}

export function networkParts(description: NetworkDescription): NetworkParts {
  const graph = networkGraph(description)
  const inPart = (part: string) => graph.filter(({label}) => label.place.part === part)
  const embedding = (stack: string) =>
    inPart('embedding').find(({label}) => (label.place.stack ?? 'encoder') === stack)
  const [encoderEmbedding, decoderEmbedding] = [embedding('encoder'), embedding('decoder')]
  return {
    ...(encoderEmbedding === undefined ? {} : {encoderEmbedding}),
    ...(decoderEmbedding === undefined ? {} : {decoderEmbedding}),
    encoder: inPart('encoder'),
    decoder: inPart('decoder'),
    head: inPart('head')
  }
}

/**
 * A row listing graph layers: its count and tensors are theirs, as their
 * specs built them; `tensorName` gives a tensor the name the framework
 * shows inside the row (the `k`-th of the row's layers).
 */
export function graphRow(
  name: string,
  type: string,
  outputShape: readonly (number | null)[],
  from: readonly DescribedLayer[],
  tensorName: (name: string, k: number) => string
): SummaryRow {
  const tensors = from.flatMap((layer, k) =>
    layer.tensors.map(
      (tensor): FrameworkTensor => ({name: tensorName(tensor.name, k), shape: tensor.shape})
    )
  )
  const counts = from.flatMap((layer) =>
    layer.tensors.map((tensor) => exactProduct(tensor.factors.map((factor) => factor.value)))
  )
  return {layer: {name, type, outputShape, params: Number(exactSum(counts)), tensors}, from}
}

/**
 * The graph's trainable parameters, by its tensors' own flag: what
 * `summary()`'s "Trainable params" counts (the rest are non-trainable).
 */
export function trainableParams(description: NetworkDescription): number {
  const trainable = networkGraph(description)
    .flatMap((layer) => layer.tensors)
    .filter((tensor) => tensor.trainable)
  return Number(exactSum(trainable.map((tensor) => exactProduct(tensor.shape))))
}
