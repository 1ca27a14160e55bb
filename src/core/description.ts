/** The recurrent cell a layer uses. */
export type Cell = 'rnn' | 'lstm' | 'gru'

/** Whose parameter conventions to count with (they differ in biases). */
export type Framework = 'keras' | 'pytorch'

/** A framework as its authors write its name: `Keras`, `PyTorch`. */
export const frameworkName = (framework: Framework): string =>
  framework === 'keras' ? 'Keras' : 'PyTorch'

/**
 * How a bidirectional layer joins its two directions (Keras
 * `Bidirectional(merge_mode=…)`): `concat` hands on `2h`, the others `h`.
 */
export type Merge = 'concat' | 'sum' | 'mul' | 'ave'

/**
 * The decoder of an encoder–decoder: its own input (or embedding) and a
 * unidirectional recurrent stack whose layer `i` starts from the encoder's
 * layer `i` final state.
 */
export interface DecoderDescription {
  /** Input width `d` of the decoder's first layer (its Embedding's width with `vocab`). */
  readonly inputs: number
  /** Units of each decoder layer: the encoder's state width at the same layer. */
  readonly units: readonly number[]
  /** Vocabulary `V′` of an Embedding in front of the decoder; `0` means none. */
  readonly vocab: number
}

/**
 * A validated network: what every counting and rendering function takes.
 * Build one with `validateDescription` or `countParameters`.
 */
export interface NetworkDescription {
  /** Input features `n` of the first recurrent layer. */
  readonly inputs: number
  /** Hidden units `h` of each stacked recurrent layer, first layer first. */
  readonly units: readonly number[]
  /**
   * Nodes of each dense layer after the recurrent stack (the decoder's, with a
   * decoder), in order; the last is the output layer. `[]`: no dense layer.
   */
  readonly outputs: readonly number[]
  readonly cell: Cell
  readonly framework: Framework
  /** Two directions per encoder layer, joined by `merge` for the next layer. */
  readonly bidirectional: boolean
  /** How the two directions are joined; `concat` unless the network says otherwise. */
  readonly merge: Merge
  /** The decoder of an encoder–decoder; `null` for a single recurrent stack. */
  readonly decoder: DecoderDescription | null
  /** Whether the recurrent layers have biases (the output layer always has). */
  readonly bias: boolean
  /** Keras GRU variant with separate input and recurrent biases. */
  readonly resetAfter: boolean
  /** PyTorch LSTM projection size `p`; `0` means no projection. */
  readonly projSize: number
  /** Vocabulary size `V` of an Embedding layer in front (its width is `inputs`); `0` means none. */
  readonly vocab: number
  /** Keras `return_sequences` on the last recurrent layer: the output layer sees every step. Shapes only. */
  readonly returnSequences: boolean
  /** Sequence length `T` for output shapes; `null` is Keras's `None`. Never changes a count. */
  readonly timesteps: number | null
}

/** A value as an author or caller writes it: text from a directive, or a typed value. */
export type DescriptionValue =
  | string
  | number
  | boolean
  | readonly number[]
  | DecoderDescription
  | null
  | undefined

/**
 * A description as written: attribute names in kebab case (`reset-after`) or
 * camel case (`resetAfter`), values as text or typed values.
 */
export type DescriptionInput = Readonly<Record<string, DescriptionValue>>

/** The attribute names of the description vocabulary, as authors write them. */
export const descriptionAttributes = [
  'inputs',
  'units',
  'outputs',
  'cell',
  'framework',
  'bidirectional',
  'merge',
  'decoder-inputs',
  'decoder-units',
  'decoder-vocab',
  'bias',
  'reset-after',
  'proj-size',
  'vocab',
  'return-sequences',
  'timesteps'
] as const

export type DescriptionAttribute = (typeof descriptionAttributes)[number]

/** The yes/no attributes (`bidirectional`, or `bias=false`); every other one takes a value. */
export const descriptionSwitches: readonly DescriptionAttribute[] = [
  'bidirectional',
  'bias',
  'reset-after',
  'return-sequences'
]

export const cells: readonly Cell[] = ['rnn', 'lstm', 'gru']
export const frameworks: readonly Framework[] = ['keras', 'pytorch']
export const merges: readonly Merge[] = ['concat', 'sum', 'mul', 'ave']

/**
 * Upper bounds that keep a hostile or mistyped page from making a build
 * allocate huge tables: far above any network a course shows.
 */
export const limits = {
  size: 10_000_000,
  layers: 100
} as const
