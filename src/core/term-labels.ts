import type {Direction, TermKind} from './breakdown.js'
import {cellGates} from './cell-gates.js'
import type {Cell, Framework} from './description.js'

/** Where a term sits, when the network has more than one place for it. */
export interface TermPlace {
  readonly layer?: number
  readonly direction?: Direction
}

const englishNames: Readonly<Record<TermKind, string>> = {
  'embedding-weights': 'embedding weights',
  'input-weights': 'input weights',
  'recurrent-weights': 'recurrent weights',
  'recurrent-bias': 'recurrent bias',
  'input-bias': 'input bias',
  'projection-weights': 'projection weights',
  'output-weights': 'output weights',
  'output-bias': 'output bias'
}

/** `input-weights`, or `input-weights.l2.bwd` where layers or directions need telling apart. */
export function termId(kind: TermKind, place: TermPlace): string {
  let id: string = kind
  if (place.layer !== undefined) id += `.l${place.layer}`
  if (place.direction !== undefined) id += place.direction === 'forward' ? '.fwd' : '.bwd'
  return id
}

/** `recurrent weights (layer 2, backward)`. */
export function termName(kind: TermKind, place: TermPlace): string {
  const where: string[] = []
  if (place.layer !== undefined) where.push(`layer ${place.layer}`)
  if (place.direction !== undefined) where.push(place.direction)
  return englishNames[kind] + (where.length > 0 ? ` (${where.join(', ')})` : '')
}

/** The LaTeX symbol: gate-indexed for LSTM and GRU, with layer and direction as a superscript. */
export function termSymbol(
  kind: TermKind,
  cell: Cell,
  framework: Framework,
  place: TermPlace
): string {
  const gates = cellGates(cell, framework)
  const gateList = gates.length > 0 ? `\\{${gates.join(',')}\\}` : ''
  const base: Record<TermKind, string> = {
    'embedding-weights': 'W_{e}',
    'input-weights': gateList ? `W_{x${gateList}}` : 'W_{xh}',
    'recurrent-weights': gateList ? `W_{h${gateList}}` : 'W_{hh}',
    'recurrent-bias':
      framework === 'pytorch'
        ? gateList
          ? `b_{h${gateList}}`
          : 'b_{hh}'
        : gateList
          ? `b_{${gateList}}`
          : 'b_{h}',
    'input-bias': gateList ? `b_{i${gateList}}` : 'b_{ih}',
    'projection-weights': 'W_{hr}',
    'output-weights': 'W_{hy}',
    'output-bias': 'b_{y}'
  }

  const marks: string[] = []
  if (place.layer !== undefined) marks.push(String(place.layer))
  if (place.direction !== undefined) {
    marks.push(place.direction === 'forward' ? '\\rightarrow' : '\\leftarrow')
  }

  return base[kind] + (marks.length > 0 ? `^{(${marks.join(',')})}` : '')
}
