import type {Node} from 'unist'
import {optionLetter} from '../render/index.js'
import type {Problem} from './report.js'

/** Two options giving the same numbers: a student could not tell them apart. */
export function duplicateOptions(
  verdicts: readonly {readonly values: readonly number[]}[],
  node: Node
): Problem | undefined {
  const seen = new Map<string, number>()
  for (const [index, verdict] of verdicts.entries()) {
    const key = verdict.values.join(',')
    const first = seen.get(key)
    if (first !== undefined) {
      return {
        ruleId: 'duplicate-options',
        reason: `Options ${optionLetter(first)} and ${optionLetter(index)} both give ${verdict.values.join(', ')}; each option needs its own numbers.`,
        node
      }
    }

    seen.set(key, index)
  }

  return undefined
}
