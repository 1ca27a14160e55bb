import type {Breakdown, GroupName, Term} from './breakdown.js'

/**
 * Whether a term counts towards a group: kind groups by the term's `group`,
 * part groups by its `part` (and `stack`). The one definition `groups` and
 * the quiz's explanations share.
 */
export function inGroup(term: Term, group: GroupName): boolean {
  switch (group) {
    case 'rnn':
      return term.group === 'input' || term.group === 'recurrent'
    case 'encoder':
    case 'decoder':
    case 'head':
      return term.part === group
    case 'decoder-embedding':
      return term.part === 'embedding' && term.stack === 'decoder'
    case 'total':
      return true
    default:
      return term.group === group
  }
}

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
