import type {Direction, Factor, Stack, Term, TermGroup, TermKind, TermPart} from './breakdown.js'
import type {NetworkDescription} from './description.js'
import {exactProduct} from './exact.js'
import {constantFactor, productFormula} from './formula.js'
import type {TermPlace} from './term-labels.js'
import {gateCount, termId, termName, termSymbol} from './term-labels.js'

/** One recurrent layer in one direction, as the term builders need it. */
export interface LayerSlot {
  /** 1-based layer number. */
  readonly layer: number
  readonly direction?: Direction
  /** Factors of the layer's input width: `n`, or `h₁`, or `2·h₁`. */
  readonly fanIn: readonly Factor[]
  /** The layer's own units `h` (or `h₂`). */
  readonly units: Factor
  /** The projection size `p`, when there is one. */
  readonly projection?: Factor
}

export interface TermSpec {
  readonly kind: TermKind
  readonly group: TermGroup
  readonly factors: readonly Factor[]
  readonly rows: number
  readonly columns: number
  readonly tensorName: string
  readonly tensorShape: readonly number[]
}

/** Where a term is placed: its part of the network, and its layer, direction, stack, dense layer. */
export interface PlacedAt extends TermPlace {
  readonly part: TermPart
  readonly stack?: Stack
}

const value = (factors: readonly Factor[]) =>
  factors.reduce((product, factor) => product * factor.value, 1)

/**
 * Turn a spec into a term. Counts are multiplied in bigint; a count that a
 * JavaScript number cannot hold exactly is rejected by `countParameters`
 * before any term is built, so the conversion here is exact.
 */
export function buildTerm(
  spec: TermSpec,
  description: NetworkDescription,
  labelPlace: TermPlace,
  place: PlacedAt
): Term {
  const count = Number(exactProduct(spec.factors.map((factor) => factor.value)))
  return {
    id: termId(spec.kind, labelPlace),
    kind: spec.kind,
    name: termName(spec.kind, labelPlace),
    symbol: termSymbol(spec.kind, description.cell, description.framework, labelPlace),
    shape: {rows: spec.rows, columns: spec.columns},
    formula: productFormula(spec.factors),
    count,
    group: spec.group,
    part: place.part,
    ...(place.stack === undefined ? {} : {stack: place.stack}),
    ...(place.layer === undefined ? {} : {layer: place.layer}),
    ...(place.dense === undefined ? {} : {dense: place.dense}),
    ...(place.direction === undefined ? {} : {direction: place.direction}),
    tensor: {name: spec.tensorName, shape: spec.tensorShape}
  }
}

/** The weight and bias specs of one recurrent layer in one direction. */
export function recurrentSpecs(slot: LayerSlot, description: NetworkDescription): TermSpec[] {
  const gates = gateCount(description.cell)
  const gate = gates > 1 ? [constantFactor(gates)] : []
  const h = slot.units.value
  const fanIn = value(slot.fanIn)
  const stateWidth = slot.projection ?? slot.units
  const keras = description.framework === 'keras'
  const suffix = `_l${slot.layer - 1}${slot.direction === 'backward' ? '_reverse' : ''}`

  const specs: TermSpec[] = [
    {
      kind: 'input-weights',
      group: 'input',
      factors: [...gate, ...slot.fanIn, slot.units],
      rows: fanIn,
      columns: gates * h,
      tensorName: keras ? 'kernel' : `weight_ih${suffix}`,
      tensorShape: keras ? [fanIn, gates * h] : [gates * h, fanIn]
    },
    {
      kind: 'recurrent-weights',
      group: 'recurrent',
      factors: [...gate, stateWidth, slot.units],
      rows: stateWidth.value,
      columns: gates * h,
      tensorName: keras ? 'recurrent_kernel' : `weight_hh${suffix}`,
      tensorShape: keras ? [h, gates * h] : [gates * h, stateWidth.value]
    }
  ]

  if (description.bias) specs.push(...biasSpecs(gate, slot, description, suffix))

  if (slot.projection) {
    const p = slot.projection.value
    specs.push({
      kind: 'projection-weights',
      group: 'recurrent',
      factors: [slot.units, slot.projection],
      rows: h,
      columns: p,
      tensorName: `weight_hr${suffix}`,
      tensorShape: [p, h]
    })
  }

  return specs
}

/**
 * Keras keeps one bias vector per layer (two stacked rows for a GRU with
 * `reset_after`); PyTorch keeps two, `bias_ih` and `bias_hh`.
 */
function biasSpecs(
  gate: readonly Factor[],
  slot: LayerSlot,
  description: NetworkDescription,
  suffix: string
): TermSpec[] {
  const width = value(gate) * slot.units.value
  if (description.framework === 'pytorch') {
    return (['input-bias', 'recurrent-bias'] as const).map((kind) => ({
      kind,
      group: 'recurrent',
      factors: [...gate, slot.units],
      rows: 1,
      columns: width,
      tensorName: `${kind === 'input-bias' ? 'bias_ih' : 'bias_hh'}${suffix}`,
      tensorShape: [width]
    }))
  }

  const twoRows = description.cell === 'gru' && description.resetAfter
  return [
    {
      kind: 'recurrent-bias',
      group: 'recurrent',
      factors: twoRows ? [constantFactor(2), ...gate, slot.units] : [...gate, slot.units],
      rows: twoRows ? 2 : 1,
      columns: width,
      tensorName: 'bias',
      tensorShape: twoRows ? [2, width] : [width]
    }
  ]
}

/**
 * One dense layer (Keras `Dense`, PyTorch `Linear`): fan-in × o weights and
 * o biases. The last dense layer is the output layer; the others are hidden.
 */
export function denseSpecs(
  fanIn: readonly Factor[],
  nodes: Factor,
  last: boolean,
  description: NetworkDescription
): TermSpec[] {
  const width = value(fanIn)
  const keras = description.framework === 'keras'
  return [
    {
      kind: last ? 'output-weights' : 'dense-weights',
      group: last ? 'output' : 'dense',
      factors: [...fanIn, nodes],
      rows: width,
      columns: nodes.value,
      tensorName: keras ? 'kernel' : 'weight',
      tensorShape: keras ? [width, nodes.value] : [nodes.value, width]
    },
    {
      kind: last ? 'output-bias' : 'dense-bias',
      group: last ? 'output' : 'dense',
      factors: [nodes],
      rows: 1,
      columns: nodes.value,
      tensorName: 'bias',
      tensorShape: [nodes.value]
    }
  ]
}
