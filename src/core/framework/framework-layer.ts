import type {Breakdown, FrameworkTensor, Term} from '../breakdown.js'

/**
 * One row of what the framework itself prints for the network: a Keras
 * `model.summary()` row, or one PyTorch module with its `named_parameters()`.
 */
export interface FrameworkLayer {
  /** `simple_rnn_1` (Keras's own numbering) or the module's attribute name (`lstm`). */
  readonly name: string
  /** The Keras class (`SimpleRNN`, `Bidirectional`) or PyTorch module (`LSTM`, `Linear`). */
  readonly type: string
  /**
   * Keras: the shape as `summary()` prints it, `null` for `None`
   * (`[null, 7, 5]`). PyTorch: `[batch, time, features]` with `null` where
   * unknown (`batch_first=True`), `[batch, features]` after the last step.
   */
  readonly outputShape: readonly (number | null)[]
  readonly params: number
  /** The tensors this layer owns, named as the framework names them inside it. */
  readonly tensors: readonly FrameworkTensor[]
}

/** The terms of the embedding, of recurrent layer `layer`, or of the output layer. */
export function termsOf(breakdown: Breakdown, part: 'embedding' | 'output' | number): Term[] {
  return breakdown.terms.filter((term) =>
    typeof part === 'number' ? term.layer === part : term.group === part
  )
}

export function sumCounts(terms: readonly Term[]): number {
  return terms.reduce((total, term) => total + term.count, 0)
}

/** The width one recurrent layer hands on: its projection or units, doubled when bidirectional. */
export function handedOnWidth(breakdown: Breakdown, units: number): number {
  const {projSize, bidirectional} = breakdown.description
  return (projSize > 0 ? projSize : units) * (bidirectional ? 2 : 1)
}
