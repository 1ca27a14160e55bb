import type {NetworkDescription} from './description.js'

/**
 * The seed lesson's groups; `rnn` is input + recurrent ("not considering
 * output layer"), so it leaves out an Embedding layer in front as well.
 */
export type GroupName = 'embedding' | 'input' | 'recurrent' | 'output' | 'rnn' | 'total'

/** The groups a term belongs to directly (`rnn` and `total` are sums of these). */
export type TermGroup = 'embedding' | 'input' | 'recurrent' | 'output'

/** What a term is, independent of layer and direction; render localises it. */
export type TermKind =
  | 'embedding-weights'
  | 'input-weights'
  | 'recurrent-weights'
  | 'recurrent-bias'
  | 'input-bias'
  | 'projection-weights'
  | 'output-weights'
  | 'output-bias'

export type Direction = 'forward' | 'backward'

/** One number in a formula: a size with its symbol, or a constant such as a gate count. */
export interface Factor {
  /** LaTeX for the symbol: `n`, `h_{2}`, `4`. */
  readonly latex: string
  /** Plain text for the symbol: `n`, `h₂`, `4`. */
  readonly text: string
  readonly value: number
}

export interface Formula {
  /** The count is the product of these factors. */
  readonly factors: readonly Factor[]
  /** LaTeX in symbols, e.g. `n \cdot h`. */
  readonly symbolic: string
  /** LaTeX with the numbers substituted, e.g. `4 \cdot 5`. */
  readonly numeric: string
  /** Plain text, e.g. `n·h = 4·5`. */
  readonly text: string
}

/** Rows × columns, fan-in by fan-out as the seed lesson writes them (input weights 4×5). */
export interface Shape {
  readonly rows: number
  readonly columns: number
}

/** The tensor a framework actually stores for this term, for checking against it. */
export interface FrameworkTensor {
  /** Keras weight name (`kernel`) or PyTorch parameter name (`weight_ih_l0_reverse`). */
  readonly name: string
  /** The shape in the framework's own orientation. */
  readonly shape: readonly number[]
}

export interface Term {
  /** Stable id: `input-weights`, or `input-weights.l2.bwd` in stacked or bidirectional networks. */
  readonly id: string
  readonly kind: TermKind
  /** English name, e.g. `recurrent weights (layer 2, backward)`. */
  readonly name: string
  /** LaTeX symbol, e.g. `W_{hh}` or `W_{x\{i,f,c,o\}}^{(2)}`. */
  readonly symbol: string
  readonly shape: Shape
  readonly formula: Formula
  readonly count: number
  readonly group: TermGroup
  /** 1-based recurrent layer; absent for the embedding and output layers. */
  readonly layer?: number
  /** Present in bidirectional networks. */
  readonly direction?: Direction
  readonly tensor: FrameworkTensor
}

export type GroupCounts = Readonly<Record<GroupName, number>>

/** Everything about a network's parameters, exact and in order. */
export interface Breakdown {
  readonly description: NetworkDescription
  readonly terms: readonly Term[]
  readonly groups: GroupCounts
  readonly total: number
}
