import type {Directives} from 'mdast-util-directive'
import {duplicateAttributeProblems} from '../directives/duplicate-attribute.js'
import {placesOf} from '../directives/places.js'
import type {Problem} from '../directives/report.js'

/**
 * Attribute names written more than once in a directive, from the places
 * the parser recorded (see attribute-names.ts): the node keeps only the last value.
 */
export function duplicateAttributes(node: Directives): Problem[] {
  const names = (placesOf(node)?.attributes ?? []).map(({name}) => name)
  return duplicateAttributeProblems(names, node)
}
