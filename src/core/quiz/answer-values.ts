import type {Breakdown} from '../breakdown.js'
import {quantityOf} from '../quantity.js'

/** The values an answer gives for the asked quantities, in order; a term a network lacks counts 0. */
export function answerValues(breakdown: Breakdown, ask: readonly string[]): number[] {
  return ask.map((name) => quantityOf(breakdown, name) ?? 0)
}

export function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}
