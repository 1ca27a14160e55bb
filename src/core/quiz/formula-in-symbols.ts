import type {Breakdown, GroupName, Term} from '../breakdown.js'
import {groupNames, inGroup} from '../quantity.js'

function termSymbols(term: Term): string {
  return term.formula.factors.map((factor) => factor.text).join('·')
}

/** Groups that add up to another, named instead of spelled out. */
function namedSum(breakdown: Breakdown, key: string): string | undefined {
  const {groups} = breakdown
  if (key === 'rnn') return 'input + recurrent'
  if (key === 'total') {
    const parts = (['embedding', 'input', 'recurrent', 'dense', 'output'] as const).filter(
      (name) => groups[name] > 0
    )
    return parts.join(' + ')
  }
  if (key === 'head' && groups.dense > 0) return 'dense + output'
  return undefined
}

/**
 * How a quantity is computed, in symbols and without any count: `input =
 * n·h`, `recurrent = h·h + h`, `rnn = input + recurrent`. A hint that shows
 * the way without giving the answer (a cell's gate count stays a number:
 * it is part of the formula, not of the network's sizes).
 */
export function formulaInSymbols(breakdown: Breakdown, name: string): string {
  const key = name.trim().toLowerCase()
  const named = namedSum(breakdown, key)
  if (named !== undefined) return `${key} = ${named}`
  const terms = (groupNames as readonly string[]).includes(key)
    ? breakdown.terms.filter((term) => inGroup(term, key as GroupName))
    : breakdown.terms.filter((term) => term.id === key)
  // A network without such terms (no output layer) has none of it.
  return `${key} = ${terms.length === 0 ? '0' : terms.map(termSymbols).join(' + ')}`
}
