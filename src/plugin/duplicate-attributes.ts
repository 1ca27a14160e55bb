import type {Directives} from 'mdast-util-directive'
import type {Problem} from './report.js'
import {quote} from '../core/index.js'

/**
 * Attribute names written more than once in a directive, from the names the
 * parser read (see attribute-names.ts): the node keeps only the last value.
 * Repeated classes add up, so `class` is never a duplicate.
 */
export function duplicateAttributes(node: Directives): Problem[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const name of node.data?.rnnAttributeNames ?? []) {
    if (name !== 'class' && seen.has(name)) repeated.add(name)
    seen.add(name)
  }

  return [...repeated].map((name) => ({
    ruleId: 'duplicate-attribute',
    reason: `${quote(name)} is written twice; only the last value would count. Keep one.`,
    node
  }))
}
