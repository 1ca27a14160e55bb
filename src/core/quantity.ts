import type {Breakdown, GroupName} from './breakdown.js'

export const groupNames: readonly GroupName[] = [
  'embedding',
  'input',
  'recurrent',
  'dense',
  'output',
  'rnn',
  'encoder',
  'decoder',
  'decoder-embedding',
  'head',
  'total'
]

/**
 * Look up a quantity by name: a group (`total`, `embedding`, `input`,
 * `recurrent`, `dense`, `output`, `rnn`, `encoder`, `decoder`,
 * `decoder-embedding`, `head`) or a term id (`recurrent-bias`). Undefined when unknown.
 */
export function quantityOf(breakdown: Breakdown, name: string): number | undefined {
  const key = name.trim().toLowerCase()
  if ((groupNames as readonly string[]).includes(key)) {
    return breakdown.groups[key as GroupName]
  }

  return breakdown.terms.find((term) => term.id === key)?.count
}

/** Every name `quantityOf` accepts for this breakdown, for suggestions. */
export function quantityNames(breakdown: Breakdown): string[] {
  return [...groupNames, ...breakdown.terms.map((term) => term.id)]
}
