import type {Node} from 'unist'
import {kebab, quote} from '../core/index.js'
import type {Problem} from './report.js'

/** An attribute written again in one directive: which value counts is not obvious to the author. */
function duplicateAttributeProblem(
  first: string,
  again: string,
  occurrence: number,
  node: Node
): Problem {
  const said =
    first === again
      ? `${quote(again)} is written twice`
      : `${quote(again)} is ${quote(first)} written again`
  return {
    ruleId: 'duplicate-attribute',
    reason: `${said}; only the last value would count. Keep one.`,
    // The later writing is the one to look at: the first was there before.
    at: {attribute: kebab(first), part: 'name', occurrence},
    node
  }
}

/**
 * A problem for every writing of a name already written in a directive
 * (`names` in the order written). The spellings of one name are one name
 * (`resetAfter` is `reset-after`), as the core reads them; repeated classes
 * add up, so `class` is never a duplicate.
 */
export function duplicateAttributeProblems(names: readonly string[], node: Node): Problem[] {
  const first = new Map<string, {name: string; count: number}>()
  const problems: Problem[] = []
  for (const name of names) {
    const key = kebab(name)
    if (key === 'class') continue
    const written = first.get(key)
    if (written === undefined) {
      first.set(key, {name, count: 1})
      continue
    }

    problems.push(duplicateAttributeProblem(written.name, name, written.count, node))
    written.count++
  }

  return problems
}
