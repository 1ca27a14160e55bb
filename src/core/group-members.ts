import type {GroupName, Term} from './breakdown.js'

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
