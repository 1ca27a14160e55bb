import type {Breakdown, Direction, Factor, Term} from '../../core/index.js'
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

/** What the diagram draws, every number taken from the breakdown. */
export interface DiagramModel {
  readonly breakdown: Breakdown
  /** Gate letters in the order the framework stores them; empty for a simple RNN. */
  readonly gates: readonly string[]
  /** `n` with its value. */
  readonly inputs: Factor
  readonly layers: readonly LayerView[]
  readonly stacked: boolean
  readonly bidirectional: boolean
  readonly output?: {readonly weights: Term; readonly bias: Term; readonly size: Factor} | undefined
  /** The embedding that turns a token (one of `V`) into the input vector, when there is one. */
  readonly embedding?: {readonly weights: Term; readonly vocabulary: Factor} | undefined
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

/** Sort a breakdown's terms into layers and directions. */
export function diagramModel(breakdown: Breakdown): DiagramModel {
  const {description} = breakdown
  const directions = description.bidirectional ? (['forward', 'backward'] as const) : [undefined]
  const layers = description.units.map((_, index): LayerView => {
    const layer = index + 1
    const terms = breakdown.terms.filter((term) => term.layer === layer)
    const views = directions.map((direction) => directionView(terms, direction))
    const first = views[0] as DirectionView
    const projection = first.projection ? last(sizes(first.projection)) : undefined
    return {layer, directions: views, units: last(sizes(first.input)), projection}
  })

  const weights = breakdown.terms.find((term) => term.kind === 'output-weights')
  const bias = breakdown.terms.find((term) => term.kind === 'output-bias')
  const firstInput = (layers[0] as LayerView).directions[0]?.input as Term
  const embedding = breakdown.terms.find((term) => term.kind === 'embedding-weights')
  return {
    breakdown,
    gates: cellGates(description.cell, description.framework),
    inputs: sizes(firstInput)[0] as Factor,
    layers,
    stacked: layers.length > 1,
    bidirectional: description.bidirectional,
    output: weights && bias ? {weights, bias, size: last(sizes(bias))} : undefined,
    embedding: embedding
      ? {weights: embedding, vocabulary: sizes(embedding)[0] as Factor}
      : undefined
  }
}

/**
 * What reads a bidirectional layer's concatenated state: the next layer's
 * input weights or the output weights, whose rows are that width (2h).
 */
export function concatReader(model: DiagramModel, layer: number): Term | undefined {
  const next = model.layers[layer]
  return next ? next.directions[0]?.input : model.output?.weights
}

/** `2·h₁`: the factors of a reader's rows (all but the gate count and its own units). */
export function concatWidthText(model: DiagramModel, reader: Term): string {
  const gates = reader.kind === 'input-weights' && model.gates.length > 0 ? 1 : 0
  return reader.formula.factors
    .slice(gates, -1)
    .map((factor) => factor.text)
    .join('·')
}
