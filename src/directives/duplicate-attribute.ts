import type {Node} from 'unist'
import {quote} from '../core/index.js'
import type {Problem} from './report.js'

/** An attribute written twice in one directive: which value counts is not obvious to the author. */
export function duplicateAttributeProblem(name: string, node: Node): Problem {
  return {
    ruleId: 'duplicate-attribute',
    reason: `${quote(name)} is written twice; only the last value would count. Keep one.`,
    // The second writing is the one to look at: the first was there before.
    at: {attribute: name, part: 'name', occurrence: 1},
    node
  }
}
