import type {Breakdown, GroupName, Term} from '../breakdown.js'
import {groupNames, inGroup} from '../quantity.js'

/** How a number is written: plain digits unless the page groups them (`6,002,000`). */
export type WriteNumber = (value: number) => string

function termNumbers(term: Term, write: WriteNumber): string {
  return term.formula.factors.map((factor) => write(factor.value)).join(' · ')
}

function sumOf(terms: readonly Term[], write: WriteNumber): string {
  return terms.map((term) => termNumbers(term, write)).join(' + ')
}

/**
 * How a quantity is computed, with numbers: `input = 3 · 4 = 12`,
 * `recurrent = 4 · 4 + 4 = 20`, `rnn = 12 + 20 = 32`.
 */
export function explainQuantity(
  breakdown: Breakdown,
  name: string,
  write: WriteNumber = String
): string {
  const key = name.trim().toLowerCase()
  const {groups, terms} = breakdown
  let work: string
  if (key === 'rnn') work = `${write(groups.input)} + ${write(groups.recurrent)}`
  else if (key === 'total') {
    work = [groups.embedding, groups.input, groups.recurrent, groups.dense, groups.output]
      .filter((value) => value > 0)
      .map(write)
      .join(' + ')
  } else if (key === 'head' && groups.dense > 0) {
    work = `${write(groups.dense)} + ${write(groups.output)}`
  } else if ((groupNames as readonly string[]).includes(key)) {
    work = sumOf(
      terms.filter((term) => inGroup(term, key as GroupName)),
      write
    )
  } else {
    const term = terms.find((candidate) => candidate.id === key)
    work = term ? termNumbers(term, write) : '0'
  }

  const value = (groupNames as readonly string[]).includes(key)
    ? groups[key as GroupName]
    : (terms.find((term) => term.id === key)?.count ?? 0)
  const written = write(value)
  return work === written || work === '' ? `${key} = ${written}` : `${key} = ${work} = ${written}`
}

/** How each asked quantity is computed, in `ask` order, joined by `separator`: `input = 3 · 4 = 12; recurrent = …`. */
export function explainAsked(
  breakdown: Breakdown,
  ask: readonly string[],
  separator: string,
  write: WriteNumber = String
): string {
  return ask.map((name) => explainQuantity(breakdown, name, write)).join(separator)
}
