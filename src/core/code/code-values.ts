import type {Factor} from '../breakdown.js'
import type {LayerArgs, LayerForm, TensorShape} from '../layers/index.js'
import type {Span} from './code-problem.js'
import type {SyntaxNode} from './python-tree.js'
import type {Scope} from './run-state.js'

/** A value the code computes that the reader cannot know (`len(vocab)`), and where. */
export interface Unknown {
  readonly kind: 'unknown'
  readonly at: Span
  /** The text to name in `sizes="…=…"`. */
  readonly text: string
  /** A tensor's dimension (`n` in torch.randn(n, 4)), not a whole tensor. */
  readonly dimension?: boolean
}

/** A dotted name the code imported: `torch.nn`, `keras.layers.LSTM`. */
export interface PathValue {
  readonly kind: 'path'
  readonly path: string
}

/** A function or class defined in the code. */
export interface Definition {
  readonly kind: 'function' | 'class'
  readonly name: string
  readonly node: SyntaxNode
  /** A class's base classes as written. */
  readonly bases: readonly string[]
  readonly methods: ReadonlyMap<string, SyntaxNode>
  /** A nested `def` or a lambda: the names of the function it was made in. */
  readonly closure?: Scope
}

/** A parameter tensor; one object however many modules hold it (tied weights). */
export interface Parameter {
  readonly kind: 'parameter'
  readonly id: number
  readonly shape: readonly number[]
  readonly factors: readonly Factor[]
  trainable: boolean
  readonly at: Span
}

/** A layer as constructed: its form, its read arguments, and (once built) its tensors. */
export interface LayerObject {
  readonly kind: 'layer'
  readonly id: number
  readonly form: LayerForm
  readonly className: string
  readonly args: LayerArgs
  readonly at: Span
  /** Keras: the name Keras gives it (`lstm_1`) or `name=`. */
  name: string
  trainable: boolean
  /** Keras: the input shape a first layer declares (input_shape=…). */
  input?: TensorShape
  /** Keras: where that shape's last width comes from when the code only knows it at run time. */
  inputWidthFrom?: WidthFrom
  /** Keras: the recurrent layer also returns its final states. */
  returnState?: boolean
  /** Keras: set by the first call. */
  built?: {
    readonly tensors: readonly Parameter[]
    readonly names: readonly string[]
    readonly inputs: readonly TensorShape[]
    readonly output: TensorShape
    /** The tensors its first call read (initial_state too), as Keras's "Connected to" names them. */
    readonly sources: readonly Connection[]
  }
}

/** A PyTorch module: a user class, a container, or a torch.nn layer. */
export interface ModuleObject {
  readonly kind: 'module'
  readonly id: number
  readonly type: string
  readonly at: Span
  readonly children: Map<string, ModuleObject>
  readonly parameters: Map<string, Parameter>
  readonly attributes: Map<string, Value>
  /** The torch.nn layer this module is, if it is one. */
  readonly layer?: LayerObject
  /** Width handed on, for lazy layers that follow in an nn.Sequential. */
  readonly output: TensorShape
  /** A Keras subclass (of keras.Model or keras.layers.Layer) rather than a PyTorch module. */
  keras?: KerasSubclass
}

/**
 * What a Keras subclass instance has been through: its layers (in
 * `attributes`, in the order assigned) are built when its `call` is followed;
 * its own weights (`add_weight`) are in `parameters`.
 */
export interface KerasSubclass {
  /** `model.build(shape)`: the shapes its call's inputs have, batch left out. */
  input?: readonly TensorShape[]
  /** Its `build(self, input_shape)` has run. */
  built: boolean
  /** The shapes its first call read and returned, once its `call` has been followed. */
  shapes?: {readonly inputs: readonly TensorShape[]; readonly output: TensorShape}
}

/** A Keras symbolic tensor: its shape and the layers it was computed with. */
export interface KerasTensor {
  readonly kind: 'tensor'
  readonly shape: TensorShape
  readonly layers: ReadonlySet<LayerObject>
  /** The layer or Input that made it, and which of its outputs it is: a graph edge of the model. */
  readonly source: Connection
  /** Made by an operator (`x + res`): the edges of the tensors it combined. */
  readonly sources?: readonly Connection[]
  /** The code's text a width of None came from (`inputs.shape[2]`), to ask for it there. */
  readonly widthFrom?: WidthFrom
}

/** A width the code computes at run time: its text, and whether it stands for a whole shape. */
export interface WidthFrom {
  readonly unknown: Unknown
  readonly wholeShape: boolean
  /** The text is a TensorFlow operation the reader does not follow (`tf.reduce_sum(x, 1)`). */
  readonly operation?: boolean
}

/** One output of a layer or Input: `lstm` output 1 (its h state) is Keras's `lstm[0][1]`. */
export interface Connection {
  readonly name: string
  readonly index: number
}

/** A Keras `Input` of a functional model, as summary() lists it. */
export interface KerasInput {
  readonly name: string
  readonly shape: TensorShape
}

/** A Keras model: a Sequential list of layers, or a functional graph from inputs to outputs. */
export interface KerasModel {
  readonly kind: 'keras-model'
  readonly at: Span
  readonly layers: LayerObject[]
  /** Sequential: the shape fed to the first layer, when the code gives one. */
  input?: TensorShape
  /** Sequential: where that shape's last width comes from when only known at run time. */
  inputWidthFrom?: WidthFrom
  readonly functional: boolean
  /** Functional: the model's Inputs, in order. */
  readonly inputs?: readonly KerasInput[]
  /** Functional: its output tensors, for a model called as a layer of another. */
  readonly outputs?: Value
}

/** A torch tensor made by torch.randn(a, b) and kin: only its shape matters. */
export interface TorchTensor {
  readonly kind: 'torch-tensor'
  readonly shape: readonly number[]
}

/** A method bound to an object (`model.add`, `self.encoder.parameters`). */
export interface BoundMethod {
  readonly kind: 'method'
  readonly self: Value
  readonly name: string
}

export type Value =
  | number
  | string
  | boolean
  | null
  | readonly Value[]
  | {readonly kind: 'dict'; readonly entries: ReadonlyMap<string, Value>}
  | Unknown
  | PathValue
  | Definition
  | Parameter
  | LayerObject
  | ModuleObject
  | KerasTensor
  | KerasModel
  | TorchTensor
  | BoundMethod

export type ObjectValue = Exclude<Value, number | string | boolean | null | readonly Value[]>

export const isObject = (value: Value | undefined): value is ObjectValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function isKind<K extends ObjectValue['kind']>(
  value: Value | undefined,
  kind: K
): value is Extract<ObjectValue, {kind: K}> {
  return isObject(value) && value.kind === kind
}
