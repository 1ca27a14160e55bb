import type {Breakdown, Factor, GroupCounts, Term} from './breakdown.js'
import type {DescriptionInput, NetworkDescription} from './description.js'
import {embeddingSpec} from './embedding-term.js'
import {exactProduct, exactSum, maxSafe} from './exact.js'
import {constantFactor, sizeFactor} from './formula.js'
import type {LayerSlot} from './layer-terms.js'
import {buildTerm, outputSpecs, recurrentSpecs} from './layer-terms.js'
import type {DescriptionProblem} from './problem.js'
import {DescriptionError} from './problem.js'
import type {ValidateOptions} from './validate-description.js'
import {validateDescription} from './validate-description.js'

/** A breakdown, or every problem that prevents one. */
export type Analysis =
  | {readonly ok: true; readonly breakdown: Breakdown}
  | {readonly ok: false; readonly problems: readonly DescriptionProblem[]}

/**
 * Count every trainable parameter of a network described as an author writes
 * it. Throws a `DescriptionError` listing every problem of a bad description.
 */
export function countParameters(input: DescriptionInput | NetworkDescription): Breakdown {
  const analysis = analyseDescription(input as DescriptionInput)
  if (!analysis.ok) throw new DescriptionError(analysis.problems)
  return analysis.breakdown
}

/** Like `countParameters`, but returns problems instead of throwing. */
export function analyseDescription(input: DescriptionInput, options?: ValidateOptions): Analysis {
  const validation = validateDescription(input, options)
  if (!validation.ok) return validation
  return breakdownOf(validation.description)
}

/**
 * How layers feed each other. Real networks use `standardWiring`; the quiz
 * checks change it to reproduce typical mistakes (a stacked layer fed the
 * input width, a bidirectional width not doubled).
 */
export interface Wiring {
  readonly laterLayersReadInputs: boolean
  readonly directionsConcatenated: boolean
}

const standardWiring: Wiring = {laterLayersReadInputs: false, directionsConcatenated: true}

/** The terms of a validated description, refusing totals a number cannot hold exactly. */
export function breakdownOf(
  description: NetworkDescription,
  wiring: Wiring = standardWiring
): Analysis {
  const placed = placeTerms(description, wiring)
  const total = exactSum(placed.map(({spec}) => exactProduct(spec.factors.map((f) => f.value))))
  if (total > maxSafe) {
    return {
      ok: false,
      problems: [
        {
          ruleId: 'too-many-parameters',
          message: `This network has ${total} parameters, more than can be counted exactly (${Number.MAX_SAFE_INTEGER}); use smaller sizes.`
        }
      ]
    }
  }

  const terms = placed.map(({spec, labelPlace, place}) =>
    buildTerm(spec, description, labelPlace, place)
  )
  return {
    ok: true,
    breakdown: {description, terms, groups: groupCounts(terms), total: Number(total)}
  }
}

type Placed = {
  spec: ReturnType<typeof recurrentSpecs>[number]
  labelPlace: {layer?: number; direction?: LayerSlot['direction']}
  place: {layer?: number; direction?: LayerSlot['direction']}
}

/** Walk the layers in order, feeding each layer the width of the one before. */
function placeTerms(description: NetworkDescription, wiring: Wiring): Placed[] {
  const stacked = description.units.length > 1
  const directions = description.bidirectional ? (['forward', 'backward'] as const) : [undefined]
  const placed: Placed[] = []
  if (description.vocab > 0)
    placed.push({spec: embeddingSpec(description), labelPlace: {}, place: {}})
  const inputs = sizeFactor('n', description.inputs)
  // The width the previous layer hands on: the inputs, before the first layer.
  let handedOn: readonly Factor[] = [inputs]

  for (const [index, width] of description.units.entries()) {
    const layer = index + 1
    const units = sizeFactor('h', width, stacked ? layer : undefined)
    const projection = description.projSize > 0 ? sizeFactor('p', description.projSize) : undefined

    const fanIn = wiring.laterLayersReadInputs ? [inputs] : handedOn
    for (const direction of directions) {
      const slot: LayerSlot = {
        layer,
        fanIn,
        units,
        ...(direction === undefined ? {} : {direction}),
        ...(projection === undefined ? {} : {projection})
      }
      const labelPlace = {
        ...(stacked ? {layer} : {}),
        ...(direction === undefined ? {} : {direction})
      }
      const place = {layer, ...(direction === undefined ? {} : {direction})}
      for (const spec of recurrentSpecs(slot, description)) {
        placed.push({spec, labelPlace, place})
      }
    }

    const state = projection ?? units
    const doubled = description.bidirectional && wiring.directionsConcatenated
    handedOn = doubled ? [constantFactor(2), state] : [state]
  }

  if (description.outputs > 0) {
    for (const spec of outputSpecs(handedOn, description)) {
      placed.push({spec, labelPlace: {}, place: {}})
    }
  }

  return placed
}

/** Group subtotals of a list of terms. */
export function groupCounts(terms: readonly Term[]): GroupCounts {
  const sum = (group: Term['group']) =>
    terms.filter((term) => term.group === group).reduce((total, term) => total + term.count, 0)
  const input = sum('input')
  const recurrent = sum('recurrent')
  const output = sum('output')
  const embedding = sum('embedding')
  return {
    embedding,
    input,
    recurrent,
    output,
    rnn: input + recurrent,
    total: embedding + input + recurrent + output
  }
}
