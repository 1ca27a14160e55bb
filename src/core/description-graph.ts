import type {Factor, Stack, TermPart} from './breakdown.js'
import type {NetworkDescription} from './description.js'
import {constantFactor, sizeFactor} from './formula.js'
import {kerasDense, torchLinear} from './layers/dense.js'
import {kerasEmbedding, torchEmbedding} from './layers/embedding.js'
import {kerasRecurrentForm} from './layers/keras-recurrent.js'
import type {
  Built,
  LayerArgs,
  LayerCall,
  LayerForm,
  TensorShape,
  TensorSpec
} from './layers/layer-spec.js'
import {pytorchStackForm} from './layers/pytorch-recurrent.js'
import {recurrentClasses} from './layers/recurrent-cells.js'
import {bidirectionalForm} from './layers/wrappers.js'
import type {TermPlace} from './term-labels.js'

/**
 * How layers feed each other. Real networks use `standardWiring`; the quiz
 * checks change it to reproduce typical mistakes (a stacked layer fed the
 * input width, a bidirectional width not doubled, a decoder made bidirectional).
 */
export interface Wiring {
  readonly laterLayersReadInputs: boolean
  readonly directionsConcatenated: boolean
  readonly decoderBidirectional?: boolean
}

export const standardWiring: Wiring = {laterLayersReadInputs: false, directionsConcatenated: true}

/** Where a layer's terms are placed: their part of the network, and its layer, stack, dense layer. */
export interface PlacedAt extends TermPlace {
  readonly part: TermPart
  readonly stack?: Stack
}

/**
 * The lesson's names for a layer: what its spec calls `n`, `h`, `p`, `V`,
 * `d` or `o` is written with the lesson's factors (`2·h₁`, `s₂`, `V′`, `o₁`).
 */
export interface LayerLabel {
  readonly role: 'embedding' | 'recurrent' | 'dense'
  readonly sizes: Readonly<Record<string, readonly Factor[]>>
  /** The place ids, names and symbols are made from (a direction is added per tensor). */
  readonly labelPlace: TermPlace
  readonly place: PlacedAt
  /** A recurrent layer's units (per direction). */
  readonly units?: number
  /** A recurrent layer with two directions. */
  readonly bidirectional?: boolean
  /** The output layer, the last dense one. */
  readonly last?: boolean
}

/** One layer call of the model graph, the tensors its spec builds, and the lesson's label. */
export interface DescribedLayer {
  readonly form: LayerForm
  readonly call: LayerCall
  readonly tensors: readonly TensorSpec[]
  /** Its output's shape, as its spec builds it. */
  readonly output: TensorShape
  readonly label: LayerLabel
}

/**
 * The arguments a form takes, of those the description gives: which class
 * has `proj_size` or `reset_after` is its spec's to say.
 */
function argsOf(form: LayerForm, given: LayerArgs): LayerArgs {
  const taken = new Set(form.args.map((arg) => arg.name))
  return Object.fromEntries(Object.entries(given).filter(([name]) => taken.has(name)))
}

/** The graph as it is built, layer by layer. */
class GraphBuilder {
  readonly layers: DescribedLayer[] = []

  constructor(readonly description: NetworkDescription) {}

  /** A sequence of `width` features, or (no width) of word ids. */
  sequence(width?: number): TensorShape {
    const steps = this.description.timesteps
    return width === undefined ? [steps] : [steps, width]
  }

  /** Build one layer by its spec's form and return its output's width. */
  add(form: LayerForm, given: LayerArgs, input: TensorShape, label: LayerLabel) {
    const className = form.names[0] as string
    const call: LayerCall = {className, args: argsOf(form, given), inputs: [input]}
    // Every width of a described network is known, so each of its layers builds.
    const built = form.build(call) as Extract<Built, {ok: true}>
    this.layers.push({form, call, tensors: built.tensors, output: built.output, label})
    return built.output.at(-1) as number
  }
}

/** The decoder's vocabulary `V′`, told apart from the encoder's `V`. */
function decoderVocab(value: number): Factor {
  return {latex: "V'", text: 'V′', value}
}

/**
 * The model graph of a description, in the table's order: embeddings, the
 * encoder (or only) stack, the decoder's stack, the dense layers, each a call
 * of the same layer specs the code readers use. Widths flow from each layer's
 * output to the next; a mistaken wiring changes what a layer reads. A Keras
 * recurrent layer returns every step or the last one as the lesson's model
 * does, so each output is the shape its framework summary lists.
 */
export function describedGraph(
  description: NetworkDescription,
  wiring: Wiring = standardWiring
): DescribedLayer[] {
  const graph = new GraphBuilder(description)
  const {decoder} = description
  const pair = decoder !== null
  const inStack = (stack: Stack) => (pair ? {stack} : {})
  let encoderWidth = description.inputs
  if (description.vocab > 0) {
    const where = inStack('encoder')
    encoderWidth = embed(graph, description.vocab, description.inputs, {
      role: 'embedding',
      sizes: {V: [sizeFactor('V', description.vocab)], d: [sizeFactor('n', description.inputs)]},
      labelPlace: where,
      place: {part: 'embedding', ...where}
    })
  }

  let decoderWidth = decoder?.inputs ?? 0
  if (decoder !== null && decoder.vocab > 0) {
    const where = {stack: 'decoder'} as const
    decoderWidth = embed(graph, decoder.vocab, decoder.inputs, {
      role: 'embedding',
      sizes: {V: [decoderVocab(decoder.vocab)], d: [sizeFactor('d', decoder.inputs)]},
      labelPlace: where,
      place: {part: 'embedding', ...where}
    })
  }

  let handedOn = stackLayers(graph, wiring, {
    stack: pair ? 'encoder' : undefined,
    inputs: sizeFactor('n', description.inputs),
    width: encoderWidth,
    letter: 'h',
    widths: description.units,
    bidirectional: description.bidirectional,
    merge: description.merge,
    // An encoder hands its decoder only its states; the only stack's last layer every step when asked.
    lastSequences: !pair && description.returnSequences
  })

  if (decoder !== null) {
    handedOn = stackLayers(graph, wiring, {
      stack: 'decoder',
      inputs: sizeFactor('d', decoder.inputs),
      width: decoderWidth,
      letter: 's',
      widths: decoder.units,
      bidirectional: wiring.decoderBidirectional === true,
      merge: 'concat',
      lastSequences: true
    })
  }

  headLayers(graph, handedOn)
  return graph.layers
}

/** An Embedding of `vocab` words of width `width`; returns its output width. */
function embed(graph: GraphBuilder, vocab: number, width: number, label: LayerLabel): number {
  const keras = graph.description.framework === 'keras'
  const args: LayerArgs = keras
    ? {input_dim: vocab, output_dim: width}
    : {num_embeddings: vocab, embedding_dim: width}
  return graph.add(keras ? kerasEmbedding : torchEmbedding, args, graph.sequence(), label)
}

interface StackPlan {
  readonly stack: Stack | undefined
  /** What the stack's first layer reads, in the lesson's symbol (`n`, `d`). */
  readonly inputs: Factor
  /** The width the stack's first layer reads (an embedding's output, or `inputs`). */
  readonly width: number
  /** The letter of the units' factor: `h` (encoder) or `s` (decoder). */
  readonly letter: string
  readonly widths: readonly number[]
  readonly bidirectional: boolean
  readonly merge: string
  /** Whether the stack's last layer returns every step (Keras `return_sequences`), not the last one. */
  readonly lastSequences: boolean
}

/** What a layer hands on: its width, the lesson's factors for it, and whether it is every step's. */
interface HandedOn {
  readonly width: number
  readonly factors: readonly Factor[]
  readonly steps: boolean
}

/** One recurrent stack, layer by layer; returns what its last layer hands on. */
function stackLayers(graph: GraphBuilder, wiring: Wiring, plan: StackPlan): HandedOn {
  const {description} = graph
  const stacked = plan.widths.length > 1
  const where = plan.stack === undefined ? {} : {stack: plan.stack}
  const stackInput: HandedOn = {width: plan.width, factors: [plan.inputs], steps: true}
  let handedOn = stackInput
  for (const [index, units] of plan.widths.entries()) {
    const layer = index + 1
    const unitsFactor = sizeFactor(plan.letter, units, stacked ? layer : undefined)
    const projection = description.projSize > 0 ? sizeFactor('p', description.projSize) : undefined
    const reads = wiring.laterLayersReadInputs ? stackInput : handedOn
    const label: LayerLabel = {
      role: 'recurrent',
      sizes: {n: reads.factors, h: [unitsFactor], ...(projection ? {p: [projection]} : {})},
      labelPlace: {...where, ...(stacked ? {layer} : {})},
      place: {part: plan.stack ?? 'encoder', ...where, layer},
      units,
      bidirectional: plan.bidirectional
    }
    const steps = layer < plan.widths.length || plan.lastSequences
    const output = recurrentLayer(graph, plan, {units, width: reads.width, steps}, label)
    const state = projection ?? unitsFactor
    // Two directions are handed on side by side only when concatenated (and the wiring says so).
    const doubled = plan.bidirectional && plan.merge === 'concat' && wiring.directionsConcatenated
    // A mistaken wiring (or a PyTorch stack given a Keras merge) reads one direction's width.
    const width = doubled || !plan.bidirectional ? output : state.value
    handedOn = {width, factors: doubled ? [constantFactor(2), state] : [state], steps}
  }

  return handedOn
}

/** One recurrent layer (both directions), called as each framework writes it; returns its output width. */
function recurrentLayer(
  graph: GraphBuilder,
  plan: StackPlan,
  {units, width, steps}: {readonly units: number; readonly width: number; readonly steps: boolean},
  label: LayerLabel
): number {
  const {description} = graph
  if (description.framework === 'pytorch') {
    const className = recurrentClasses('pytorch')[description.cell]
    const args = {
      input_size: width,
      hidden_size: units,
      num_layers: 1,
      bias: description.bias,
      bidirectional: plan.bidirectional,
      proj_size: description.projSize
    }
    return graph.add(pytorchStackForm(className), args, graph.sequence(width), label)
  }

  const className = recurrentClasses('keras')[description.cell]
  const args = {
    units,
    use_bias: description.bias,
    return_sequences: steps,
    reset_after: description.resetAfter
  }
  const input = graph.sequence(width)
  const form = kerasRecurrentForm(className)
  if (!plan.bidirectional) return graph.add(form, args, input, label)
  const inner = {inner: form, className, args: argsOf(form, args)}
  const wrapperArgs = {layer: inner, merge_mode: plan.merge}
  return graph.add(bidirectionalForm, wrapperArgs, input, label)
}

/** The dense layers in order, each fed the width of the one before; the last is the output layer. */
function headLayers(graph: GraphBuilder, fanIn: HandedOn): void {
  const {outputs, framework} = graph.description
  const several = outputs.length > 1
  let reads = fanIn
  for (const [index, nodes] of outputs.entries()) {
    const denseLayer = index + 1
    const last = denseLayer === outputs.length
    const nodesFactor = sizeFactor('o', nodes, several ? denseLayer : undefined)
    const args: LayerArgs =
      framework === 'keras'
        ? {units: nodes, use_bias: true}
        : {in_features: reads.width, out_features: nodes, bias: true}
    const form = framework === 'keras' ? kerasDense : torchLinear
    const input = reads.steps ? graph.sequence(reads.width) : [reads.width]
    const width = graph.add(form, args, input, {
      role: 'dense',
      sizes: {n: reads.factors, o: [nodesFactor]},
      labelPlace: last ? {} : {dense: denseLayer},
      place: {part: 'head', dense: denseLayer},
      last
    })
    reads = {width, factors: [nodesFactor], steps: reads.steps}
  }
}
