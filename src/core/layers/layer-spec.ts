import type {Factor} from '../breakdown.js'
import type {Framework} from '../description.js'

/**
 * A shape without its batch dimension, as Keras prints it: `[null, 8]` is a
 * sequence of unknown length with 8 features. PyTorch layers keep only the
 * width their successor needs (features, or channels), `[width]`.
 */
export type TensorShape = readonly (number | null)[]

/** A layer given as an argument to another (Bidirectional(LSTM(…)), RNN(cell)). */
export interface InnerLayer {
  readonly inner: LayerForm
  readonly className: string
  readonly args: LayerArgs
  /** Keras: the wrapped recurrent layer returns its states (so does its wrapper). */
  readonly returnState?: boolean
}

/** A constructor argument's value, once read from the code. */
export type ArgValue = number | boolean | string | null | InnerLayer | readonly ArgValue[]

export type LayerArgs = Readonly<Record<string, ArgValue>>

/** A constructor argument that changes the parameters: its name, position and default. */
export interface ArgSpec {
  readonly name: string
  /** 0-based position after `self`; absent: keyword only. */
  readonly position?: number
  /** Absent: the argument is required. */
  readonly default?: ArgValue
  /** An axis, which may count from the end (`axis=-2`). */
  readonly axis?: boolean
  /** Older keyword names Keras 2 still took (`output_dim` for `units`). */
  readonly aliases?: readonly string[]
  /** Only whether it is given (not None) counts, read as a boolean: a Normalization's `mean=`. */
  readonly given?: boolean
}

/** One parameter tensor as the framework stores it. */
export interface TensorSpec {
  /** The framework's name: `kernel`, `weight_ih_l0_reverse`, `forward_lstm/kernel`. */
  readonly name: string
  readonly shape: readonly number[]
  /** The count is their product, written in symbols (`4·n·h`). */
  readonly factors: readonly Factor[]
  readonly trainable: boolean
}

/** What a layer makes of its arguments and inputs. */
export type Built =
  | {readonly ok: true; readonly tensors: readonly TensorSpec[]; readonly output: TensorShape}
  | {
      readonly ok: false
      readonly reason: string
      /** The reason is an input whose width is not known (not a bad argument). */
      readonly width?: boolean
    }

/** One call of a layer: its arguments with defaults filled in, and its inputs' shapes. */
export interface LayerCall {
  readonly className: string
  readonly args: LayerArgs
  readonly inputs: readonly TensorShape[]
}

/** A layer in one framework: its class names, the arguments that count, and how it builds. */
export interface LayerForm {
  readonly framework: Framework
  readonly names: readonly string[]
  readonly args: readonly ArgSpec[]
  /** Whether its parameters depend on its input's width (Keras builds on the first call). */
  readonly readsInput: boolean
  /** How many inputs a call takes: one, or a list (`Concatenate()([a, b])`), or query/value/key. */
  readonly inputs?: 'one' | 'list' | 'attention'
  build(call: LayerCall): Built
}

/** One kind of layer, described once for every framework that has it. */
export interface LayerSpec {
  /** Stable id of the kind: `lstm`, `dense`, `batch-norm`. */
  readonly kind: string
  /** What it is, one line, for the generated table. */
  readonly summary: string
  readonly forms: readonly LayerForm[]
}
