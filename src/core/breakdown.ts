import type {NetworkDescription} from './description.js'

/**
 * The quantities a page or quiz may ask for. Sums of term groups: the seed
 * lesson's `rnn` is input + recurrent ("not considering output layer"), so it
 * leaves out Embedding and dense layers. Sums of parts: `encoder` and
 * `decoder` (their recurrent stacks, no embedding), `decoder-embedding`,
 * `head` (every dense layer). `total` is embedding + rnn + head.
 */
export type GroupName =
  | 'embedding'
  | 'input'
  | 'recurrent'
  | 'dense'
  | 'output'
  | 'rnn'
  | 'encoder'
  | 'decoder'
  | 'decoder-embedding'
  | 'head'
  | 'total'

/** The kind of parameter a term is, as groups count it (`rnn`, `head`, `total` are sums). */
export type TermGroup = 'embedding' | 'input' | 'recurrent' | 'dense' | 'output'

/**
 * Where a term sits in the network: the table's sections, in this order
 * (embeddings, the encoder or only recurrent stack, the decoder, dense layers).
 */
export type TermPart = 'embedding' | 'encoder' | 'decoder' | 'head'

/** The recurrent stack of an encoder–decoder a term belongs to. */
export type Stack = 'encoder' | 'decoder'

/** What a term is, independent of layer and direction; render localises it. */
export type TermKind =
  | 'embedding-weights'
  | 'input-weights'
  | 'recurrent-weights'
  | 'recurrent-bias'
  | 'input-bias'
  | 'projection-weights'
  | 'dense-weights'
  | 'dense-bias'
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
  /**
   * Stable id: `input-weights`, or `input-weights.l2.bwd` in stacked or
   * bidirectional networks; `dense-weights.d1` for hidden dense layers;
   * `decoder.input-weights`, `decoder.embedding-weights` in a decoder.
   */
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
  readonly part: TermPart
  /** Present on embedding and recurrent terms of an encoder–decoder. */
  readonly stack?: Stack
  /** 1-based recurrent layer within its stack; absent for embeddings and dense layers. */
  readonly layer?: number
  /** 1-based dense layer (`outputs.length` for the output layer); head terms only. */
  readonly dense?: number
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
