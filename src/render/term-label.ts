import type {Term} from '../core/index.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './template.js'

/**
 * A term's name in the reader's language: `Input weights (layer 2, backward)`,
 * `Recurrent bias (decoder, layer 2)`, `Dense weights (dense layer 1)`.
 */
export function termLabel(
  term: Term,
  strings: Pick<
    SolutionStrings,
    'terms' | 'layer' | 'denseLayer' | 'stacks' | 'forward' | 'backward'
  >,
  stacked: boolean
): string {
  const where: string[] = []
  if (term.stack !== undefined) where.push(strings.stacks[term.stack])
  if (stacked && term.layer !== undefined) {
    where.push(fillTemplate(strings.layer, {layer: String(term.layer)}))
  }

  // The output layer is one of its kind; hidden dense layers are numbered.
  if (term.dense !== undefined && (term.kind === 'dense-weights' || term.kind === 'dense-bias')) {
    where.push(fillTemplate(strings.denseLayer, {layer: String(term.dense)}))
  }

  if (term.direction !== undefined) {
    where.push(term.direction === 'forward' ? strings.forward : strings.backward)
  }

  return strings.terms[term.kind] + (where.length > 0 ? ` (${where.join(', ')})` : '')
}
