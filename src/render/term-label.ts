import type {Term} from '../core/index.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'

/** A term's name in the reader's language: `Input weights (layer 2, backward)`. */
export function termLabel(term: Term, strings: SolutionStrings, stacked: boolean): string {
  const where: string[] = []
  if (stacked && term.layer !== undefined) {
    where.push(fillTemplate(strings.layer, {layer: String(term.layer)}))
  }

  if (term.direction !== undefined) {
    where.push(term.direction === 'forward' ? strings.forward : strings.backward)
  }

  return strings.terms[term.kind] + (where.length > 0 ? ` (${where.join(', ')})` : '')
}
