import type {Formula} from '../breakdown.js'
import type {Framework} from '../description.js'
import {frameworkName} from '../description.js'
import {exactProduct, exactSum, maxSafe} from '../exact.js'
import {productFormula} from '../formula.js'
import type {Span} from './code-problem.js'
import type {Parameter} from './code-values.js'

/** One parameter tensor of a model read from code. */
export interface CodeTerm {
  /** The framework's full name: `encoder.rnn.weight_ih_l0`, `lstm/kernel`. */
  readonly id: string
  /** The tensor's own name within its layer: `weight_ih_l0`, `kernel`. */
  readonly name: string
  /** LaTeX for the tensor's name. */
  readonly symbol: string
  /** The framework's own shape. */
  readonly shape: readonly number[]
  readonly formula: Formula
  readonly count: number
  /** The layer (Keras name or PyTorch module path) it belongs to. */
  readonly layer: string
  readonly trainable: boolean
  /** The other names a tied tensor goes by (`decoder.weight` for `encoder.weight`), counted once. */
  readonly tiedTo?: readonly string[]
}

/** One layer or module with its subtotals. */
export interface CodeLayer {
  /** Keras's layer name (`lstm_1`) or the module's path (`encoder.rnn`). */
  readonly name: string
  /** The class: `LSTM`, `Linear`, or a user module with parameters of its own. */
  readonly type: string
  /** Keras: the output shape, batch first (`[null, null, 64]`), as model.summary() prints it. */
  readonly outputShape?: readonly (number | null)[]
  /**
   * PyTorch: a layer's output features where its spec gives them (Linear's
   * out_features, an LSTM's hidden size × directions, an Embedding's dim);
   * `forward` is not followed, so its other dimensions are not known.
   */
  readonly outputWidth?: number
  /** Keras, a layer called with return_state=True: its states' shapes, batch first, after its output's. */
  readonly stateShapes?: readonly (readonly (number | null)[])[]
  readonly params: number
  readonly trainable: number
  readonly nonTrainable: number
  /** Keras: the layers and Inputs its first call read (the graph's edges into it), in order, each once. */
  readonly inputs?: readonly string[]
  /** Keras: each tensor its first call read as summary()'s "Connected to" names it (`lstm[0][1]`, an LSTM's h state). */
  readonly connections?: readonly string[]
  /** Keras: the shapes its first call read, batch first. */
  readonly inputShapes?: readonly (readonly (number | null)[])[]
  /**
   * Where the code constructs it: the offsets of its constructor call
   * (`layers.LSTM(64)`, `nn.GRU(8, 16)`, a user module's `Net()`). Layers a
   * helper class or a loop builds share their call's span.
   */
  readonly source?: Span
}

/** A layer as the reader found it, before its tensors are counted. */
export type LayerEntry = Pick<
  CodeLayer,
  | 'name'
  | 'type'
  | 'outputShape'
  | 'outputWidth'
  | 'stateShapes'
  | 'inputs'
  | 'connections'
  | 'inputShapes'
  | 'source'
>

/** A Keras functional model's Input, as summary() lists it (`input_layer (InputLayer)`). */
export interface CodeInput {
  readonly name: string
  /** Batch first: `[null, null, 8]`. */
  readonly shape: readonly (number | null)[]
}

/** A PyTorch module as print(model) lists it: containers and user modules too. */
export interface CodeModule {
  /** Its full path (`encoder.layers.0`); the root's is '' (or the model's name when several are built). */
  readonly path: string
  /** Its attribute name in its parent (`0`, `rnn`); the root's is its path. */
  readonly name: string
  readonly type: string
  /** 0 for the root. */
  readonly depth: number
  /** Where the code constructs it (`Attention(h)`, `nn.Sequential(…)`); not the root's. */
  readonly source?: Span
}

/** Every parameter of a model read from code, by layer, exact. */
export interface CodeBreakdown {
  readonly framework: Framework
  /** The variables the model was read from (`model`, or `encoder` and `decoder`). */
  readonly models: readonly string[]
  readonly layers: readonly CodeLayer[]
  readonly terms: readonly CodeTerm[]
  readonly total: number
  readonly trainable: number
  readonly nonTrainable: number
  /** Keras functional models: their Inputs, the graph's sources. */
  readonly inputs?: readonly CodeInput[]
  /** PyTorch: the module tree, in print(model)'s order. */
  readonly modules?: readonly CodeModule[]
}

/** A tensor as a layer holds it, before counting. */
export interface HeldTensor {
  readonly layer: string
  readonly name: string
  readonly parameter: Parameter
  readonly trainable: boolean
  readonly tiedTo?: readonly string[]
}

const latexName = (name: string) => `\\mathtt{${name.replace(/_/g, '\\_')}}`

/**
 * Count the tensors layer by layer. Returns undefined when the total is more
 * than a JavaScript number holds exactly.
 */
export function codeBreakdown(
  framework: Framework,
  models: readonly string[],
  layers: readonly LayerEntry[],
  held: readonly HeldTensor[],
  separator: string,
  graph: {readonly inputs: readonly CodeInput[]; readonly modules: readonly CodeModule[]}
): CodeBreakdown | undefined {
  const exact = held.map((tensor) => exactProduct(tensor.parameter.factors.map((f) => f.value)))
  const sum = exactSum(exact)
  if (sum > maxSafe) return undefined
  const terms = held.map(
    (tensor, index): CodeTerm => ({
      id: tensor.layer ? `${tensor.layer}${separator}${tensor.name}` : tensor.name,
      name: tensor.name,
      symbol: latexName(tensor.name),
      shape: tensor.parameter.shape,
      formula: productFormula(tensor.parameter.factors),
      count: Number(exact[index]),
      layer: tensor.layer,
      trainable: tensor.trainable,
      ...(tensor.tiedTo && tensor.tiedTo.length > 0 ? {tiedTo: tensor.tiedTo} : {})
    })
  )
  const counted = (filter: (term: CodeTerm) => boolean) =>
    terms.filter(filter).reduce((total, term) => total + term.count, 0)
  const total = Number(sum)
  const trainable = counted((term) => term.trainable)
  return {
    framework,
    models,
    layers: layers.map(({name, type, outputShape, outputWidth, stateShapes, ...graphPart}) => ({
      name,
      type,
      ...(outputShape ? {outputShape} : {}),
      ...(stateShapes ? {stateShapes} : {}),
      ...(outputWidth === undefined ? {} : {outputWidth}),
      ...(graphPart.inputs
        ? {
            inputs: graphPart.inputs,
            connections: graphPart.connections,
            inputShapes: graphPart.inputShapes
          }
        : {}),
      ...(graphPart.source ? {source: graphPart.source} : {}),
      params: counted((term) => term.layer === name),
      trainable: counted((term) => term.layer === name && term.trainable),
      nonTrainable: counted((term) => term.layer === name && !term.trainable)
    })),
    terms,
    total,
    trainable,
    nonTrainable: total - trainable,
    ...(graph.inputs.length > 0 ? {inputs: graph.inputs} : {}),
    ...(graph.modules.length > 0 ? {modules: graph.modules} : {})
  }
}

/** A model read from code in words, without its count: `PyTorch model`, `PyTorch encoder and decoder`. */
export const codeNetwork = (breakdown: CodeBreakdown): string =>
  `${frameworkName(breakdown.framework)} ${breakdown.models.join(' and ')}`
