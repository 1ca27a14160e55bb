import type {Breakdown, GroupName, Term} from '../breakdown.js'
import {inGroup} from '../group-members.js'
import {groupNames} from '../quantity.js'

function termNumbers(term: Term): string {
  return term.formula.factors.map((factor) => String(factor.value)).join(' · ')
}

function sumOf(terms: readonly Term[]): string {
  return terms.map(termNumbers).join(' + ')
}

/**
 * How a quantity is computed, with numbers: `input = 3 · 4 = 12`,
 * `recurrent = 4 · 4 + 4 = 20`, `rnn = 12 + 20 = 32`.
 */
export function explainQuantity(breakdown: Breakdown, name: string): string {
  const key = name.trim().toLowerCase()
  const {groups, terms} = breakdown
  let work: string
  if (key === 'rnn') work = `${groups.input} + ${groups.recurrent}`
  else if (key === 'total') {
    work = [groups.embedding, groups.input, groups.recurrent, groups.dense, groups.output]
      .filter((value) => value > 0)
      .join(' + ')
  } else if (key === 'head' && groups.dense > 0) {
    work = `${groups.dense} + ${groups.output}`
  } else if ((groupNames as readonly string[]).includes(key)) {
    work = sumOf(terms.filter((term) => inGroup(term, key as GroupName)))
  } else {
    const term = terms.find((candidate) => candidate.id === key)
    work = term ? termNumbers(term) : '0'
  }

  const value = (groupNames as readonly string[]).includes(key)
    ? groups[key as GroupName]
    : (terms.find((term) => term.id === key)?.count ?? 0)
  return work === String(value) || work === '' ? `${key} = ${value}` : `${key} = ${work} = ${value}`
}

/** How each asked quantity is computed, in `ask` order, joined by `separator`: `input = 3 · 4 = 12; recurrent = …`. */
export function explainAsked(
  breakdown: Breakdown,
  ask: readonly string[],
  separator: string
): string {
  return ask.map((name) => explainQuantity(breakdown, name)).join(separator)
}
