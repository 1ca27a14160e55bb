import type {Breakdown, Direction, Factor, Merge, Stack, Term} from '../../core/index.js'
import {cellGates} from '../../core/index.js'

/** One recurrent layer in one direction and the terms that belong to it. */
export interface DirectionView {
  readonly direction?: Direction | undefined
  readonly input: Term
  readonly recurrent: Term
  /** Keras: one (two rows for a GRU with `reset_after`); PyTorch: `b_ih` then `b_hh`; none without bias. */
  readonly biases: readonly Term[]
  readonly projection?: Term | undefined
}

export interface LayerView {
  readonly layer: number
  readonly directions: readonly DirectionView[]
  /** `h` or `h₂` with its value, from the layer's input weights. */
  readonly units: Factor
  /** `p` with its value, when the layer projects its state. */
  readonly projection?: Factor | undefined
}

/** One dense layer of the head: its weights, bias and width `o` (or `o₁`). */
export interface DenseView {
  readonly weights: Term
  readonly bias: Term
  readonly size: Factor
  /** 1-based, from the recurrent stack up. */
  readonly index: number
  /** The output layer: the last dense layer. */
  readonly last: boolean
}

/**
 * What the diagram draws of one recurrent stack (the network's only one, or
 * an encoder–decoder's encoder or decoder), every number taken from the
 * breakdown.
 */
export interface DiagramModel {
  readonly breakdown: Breakdown
  /** Gate letters in the order the framework stores them; empty for a simple RNN. */
  readonly gates: readonly string[]
  /** `n` with its value. */
  readonly inputs: Factor
  readonly layers: readonly LayerView[]
  readonly stacked: boolean
  readonly bidirectional: boolean
  /** How a bidirectional layer joins its directions for what reads it. */
  readonly merge: Merge
  /** The dense layers on top, first (lowest) first; empty without. */
  readonly head: readonly DenseView[]
  /** The embedding that turns a token (one of `V`) into the input vector, when there is one. */
  readonly embedding?: {readonly weights: Term; readonly vocabulary: Factor} | undefined
  /** Which stack of an encoder–decoder this is; absent for a single stack. */
  readonly stack?: Stack | undefined
}

const last = <T>(items: readonly T[]): T => items[items.length - 1] as T

/** Factors without the gate count: the sizes a matrix is built from. */
function sizes(term: Term): readonly Factor[] {
  return term.formula.factors.filter((factor) => !/^\d+$/.test(factor.text))
}

function directionView(terms: readonly Term[], direction: Direction | undefined): DirectionView {
  const of = (kind: Term['kind']) =>
    terms.filter((term) => term.kind === kind && term.direction === direction)
  return {
    direction,
    input: of('input-weights')[0] as Term,
    recurrent: of('recurrent-weights')[0] as Term,
    biases: [...of('input-bias'), ...of('recurrent-bias')],
    projection: of('projection-weights')[0]
  }
}

/** The dense layers of a breakdown, first first. */
function headViews(terms: readonly Term[]): DenseView[] {
  const count = Math.max(0, ...terms.map((term) => term.dense ?? 0))
  return Array.from({length: count}, (_, offset): DenseView => {
    const index = offset + 1
    const own = terms.filter((term) => term.dense === index)
    const weights = own.find(
      (term) => term.kind === 'output-weights' || term.kind === 'dense-weights'
    )
    const bias = own.find((term) => term.kind === 'output-bias' || term.kind === 'dense-bias')
    return {
      weights: weights as Term,
      bias: bias as Term,
      size: last(sizes(bias as Term)),
      index,
      last: index === count
    }
  })
}

/** The model of one stack: its embedding and recurrent terms, and the head when it carries it. */
function stackModel(breakdown: Breakdown, stack: Stack | undefined, head: boolean): DiagramModel {
  const {description} = breakdown
  const own = breakdown.terms.filter(
    (term) => term.part !== 'head' && (stack === undefined || term.stack === stack)
  )
  const bidirectional = description.bidirectional && stack !== 'decoder'
  const directions = bidirectional ? (['forward', 'backward'] as const) : [undefined]
  const layers = description.units.map((_, index): LayerView => {
    const layer = index + 1
    const terms = own.filter((term) => term.layer === layer)
    const views = directions.map((direction) => directionView(terms, direction))
    const first = views[0] as DirectionView
    const projection = first.projection ? last(sizes(first.projection)) : undefined
    return {layer, directions: views, units: last(sizes(first.input)), projection}
  })

  const firstInput = (layers[0] as LayerView).directions[0]?.input as Term
  const embedding = own.find((term) => term.kind === 'embedding-weights')
  return {
    breakdown,
    gates: cellGates(description.cell, description.framework),
    inputs: sizes(firstInput)[0] as Factor,
    layers,
    stacked: layers.length > 1,
    bidirectional,
    merge: description.merge,
    head: head ? headViews(breakdown.terms.filter((term) => term.part === 'head')) : [],
    embedding: embedding
      ? {weights: embedding, vocabulary: sizes(embedding)[0] as Factor}
      : undefined,
    ...(stack === undefined ? {} : {stack})
  }
}

/** Sort a breakdown's terms into layers and directions: the only stack, with the head. */
export function diagramModel(breakdown: Breakdown): DiagramModel {
  return stackModel(breakdown, undefined, true)
}

/** An encoder–decoder's two stacks: the encoder, and the decoder carrying the head. */
export function encoderDecoderModels(breakdown: Breakdown): {
  readonly encoder: DiagramModel
  readonly decoder: DiagramModel
} {
  return {
    encoder: stackModel(breakdown, 'encoder', false),
    decoder: stackModel(breakdown, 'decoder', true)
  }
}

/**
 * What reads a bidirectional layer's joined state: the next layer's input
 * weights or the first dense layer's weights, whose rows are that width
 * (2h concatenated, h summed, multiplied or averaged).
 */
export function concatReader(model: DiagramModel, layer: number): Term | undefined {
  const next = model.layers[layer]
  return next ? next.directions[0]?.input : model.head[0]?.weights
}

/** `2·h₁` (or `h₁` after `merge=sum`): the factors of a reader's rows (all but the gate count and its own units). */
export function concatWidthText(model: DiagramModel, reader: Term): string {
  const gates = reader.kind === 'input-weights' && model.gates.length > 0 ? 1 : 0
  return reader.formula.factors
    .slice(gates, -1)
    .map((factor) => factor.text)
    .join('·')
}
