import type {Directives} from 'mdast-util-directive'
import {duplicateAttributeProblem} from '../directives/duplicate-attribute.js'
import {placesOf} from '../directives/places.js'
import type {Problem} from '../directives/report.js'

/**
 * Attribute names written more than once in a directive, from the places
 * the parser recorded (see attribute-names.ts): the node keeps only the last value.
 * Repeated classes add up, so `class` is never a duplicate.
 */
export function duplicateAttributes(node: Directives): Problem[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const {name} of placesOf(node)?.attributes ?? []) {
    if (name !== 'class' && seen.has(name)) repeated.add(name)
    seen.add(name)
  }

  return [...repeated].map((name) => duplicateAttributeProblem(name, node))
}
