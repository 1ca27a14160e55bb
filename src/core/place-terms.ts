import type {Factor, Stack} from './breakdown.js'
import type {Framework, NetworkDescription} from './description.js'
import {constantFactor, sizeFactor} from './formula.js'
import type {LayerSlot, PlacedAt, TermSpec} from './layer-terms.js'
import {denseSpecs, recurrentSpecs} from './layer-terms.js'
import type {TermPlace} from './term-labels.js'

/**
 * An Embedding layer in front of a recurrent stack: one row of width numbers
 * per word of the vocabulary, `V × n` (the decoder's `V′ × d`). Keras calls
 * the table `embeddings`, PyTorch `weight`; both store it `[V, n]`.
 */
export function embeddingSpec(vocab: Factor, width: Factor, framework: Framework): TermSpec {
  return {
    kind: 'embedding-weights',
    group: 'embedding',
    factors: [vocab, width],
    rows: vocab.value,
    columns: width.value,
    tensorName: framework === 'keras' ? 'embeddings' : 'weight',
    tensorShape: [vocab.value, width.value]
  }
}

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

/** A term's spec with the place it is labelled by (id, name, symbol) and the place it records. */
export interface Placed {
  readonly spec: TermSpec
  readonly labelPlace: TermPlace
  readonly place: PlacedAt
}

/** The decoder's vocabulary `V′`, told apart from the encoder's `V`. */
function decoderVocab(value: number): Factor {
  return {latex: "V'", text: 'V′', value}
}

/**
 * Every term in the table's order: embeddings, the encoder (or only) stack,
 * the decoder's stack, the dense layers. Each layer is fed the width of the
 * one before; the head reads the last stack's width.
 */
export function placeTerms(description: NetworkDescription, wiring: Wiring): Placed[] {
  const {decoder} = description
  const pair = decoder !== null
  const placed: Placed[] = []
  const inStack = (stack: Stack) => (pair ? {stack} : {})
  if (description.vocab > 0) {
    const spec = embeddingSpec(
      sizeFactor('V', description.vocab),
      sizeFactor('n', description.inputs),
      description.framework
    )
    placed.push({
      spec,
      labelPlace: inStack('encoder'),
      place: {part: 'embedding', ...inStack('encoder')}
    })
  }

  if (decoder !== null && decoder.vocab > 0) {
    const spec = embeddingSpec(
      decoderVocab(decoder.vocab),
      sizeFactor('d', decoder.inputs),
      description.framework
    )
    const where = {stack: 'decoder'} as const
    placed.push({spec, labelPlace: where, place: {part: 'embedding', ...where}})
  }

  const encoder = stackTerms(description, wiring, {
    stack: pair ? 'encoder' : undefined,
    inputs: sizeFactor('n', description.inputs),
    letter: 'h',
    widths: description.units,
    bidirectional: description.bidirectional,
    joined: description.merge === 'concat'
  })
  placed.push(...encoder.placed)
  let handedOn = encoder.handedOn

  if (decoder !== null) {
    const stack = stackTerms(description, wiring, {
      stack: 'decoder',
      inputs: sizeFactor('d', decoder.inputs),
      letter: 's',
      widths: decoder.units,
      bidirectional: wiring.decoderBidirectional === true,
      joined: true
    })
    placed.push(...stack.placed)
    handedOn = stack.handedOn
  }

  placed.push(...headTerms(description, handedOn))
  return placed
}

interface StackPlan {
  readonly stack: Stack | undefined
  readonly inputs: Factor
  /** The letter of the units' factor: `h` (encoder) or `s` (decoder). */
  readonly letter: string
  readonly widths: readonly number[]
  readonly bidirectional: boolean
  /** Whether the two directions are concatenated (`merge=concat`) for what reads them. */
  readonly joined: boolean
}

/** One recurrent stack, layer by layer, and the width its last layer hands on. */
function stackTerms(
  description: NetworkDescription,
  wiring: Wiring,
  plan: StackPlan
): {placed: Placed[]; handedOn: readonly Factor[]} {
  const stacked = plan.widths.length > 1
  const directions = plan.bidirectional ? (['forward', 'backward'] as const) : [undefined]
  const where = plan.stack === undefined ? {} : {stack: plan.stack}
  const placed: Placed[] = []
  let handedOn: readonly Factor[] = [plan.inputs]

  for (const [index, width] of plan.widths.entries()) {
    const layer = index + 1
    const units = sizeFactor(plan.letter, width, stacked ? layer : undefined)
    const projection = description.projSize > 0 ? sizeFactor('p', description.projSize) : undefined
    const fanIn = wiring.laterLayersReadInputs ? [plan.inputs] : handedOn
    for (const direction of directions) {
      const slot: LayerSlot = {
        layer,
        fanIn,
        units,
        ...(direction === undefined ? {} : {direction}),
        ...(projection === undefined ? {} : {projection})
      }
      const along = direction === undefined ? {} : {direction}
      const labelPlace = {...where, ...(stacked ? {layer} : {}), ...along}
      const place: PlacedAt = {part: plan.stack ?? 'encoder', ...where, layer, ...along}
      for (const spec of recurrentSpecs(slot, description)) placed.push({spec, labelPlace, place})
    }

    const state = projection ?? units
    const doubled = plan.bidirectional && plan.joined && wiring.directionsConcatenated
    handedOn = doubled ? [constantFactor(2), state] : [state]
  }

  return {placed, handedOn}
}

/** The dense layers in order, each fed the width of the one before; the last is the output layer. */
function headTerms(description: NetworkDescription, fanIn: readonly Factor[]): Placed[] {
  const placed: Placed[] = []
  const several = description.outputs.length > 1
  let reads = fanIn
  for (const [index, width] of description.outputs.entries()) {
    const dense = index + 1
    const last = dense === description.outputs.length
    const nodes = sizeFactor('o', width, several ? dense : undefined)
    const labelPlace = last ? {} : {dense}
    for (const spec of denseSpecs(reads, nodes, last, description)) {
      placed.push({spec, labelPlace, place: {part: 'head', dense}})
    }

    reads = [nodes]
  }

  return placed
}
