import type {Direction, Stack, TermKind} from './breakdown.js'
import type {Cell, Framework} from './description.js'
import {cellGates} from './layers/recurrent-cells.js'

/** Where a term sits, when the network has more than one place for it. */
export interface TermPlace {
  readonly layer?: number
  readonly direction?: Direction
  /** Only in an encoder–decoder; `decoder` terms get their own ids and symbols. */
  readonly stack?: Stack
  /** A hidden dense layer's 1-based number (the output layer has none). */
  readonly dense?: number
}

const englishNames: Readonly<Record<TermKind, string>> = {
  'embedding-weights': 'embedding weights',
  'input-weights': 'input weights',
  'recurrent-weights': 'recurrent weights',
  'recurrent-bias': 'recurrent bias',
  'input-bias': 'input bias',
  'projection-weights': 'projection weights',
  'dense-weights': 'dense weights',
  'dense-bias': 'dense bias',
  'output-weights': 'output weights',
  'output-bias': 'output bias'
}

/**
 * `input-weights`, or `input-weights.l2.bwd` where layers or directions need
 * telling apart; `dense-weights.d1`; `decoder.recurrent-bias.l2`.
 */
export function termId(kind: TermKind, place: TermPlace): string {
  let id: string = place.stack === 'decoder' ? `decoder.${kind}` : kind
  if (place.dense !== undefined) id += `.d${place.dense}`
  if (place.layer !== undefined) id += `.l${place.layer}`
  if (place.direction !== undefined) id += place.direction === 'forward' ? '.fwd' : '.bwd'
  return id
}

/** `recurrent weights (layer 2, backward)`, `decoder input weights`, `dense weights (dense layer 1)`. */
export function termName(kind: TermKind, place: TermPlace): string {
  const where: string[] = []
  if (place.dense !== undefined) where.push(`dense layer ${place.dense}`)
  if (place.layer !== undefined) where.push(`layer ${place.layer}`)
  if (place.direction !== undefined) where.push(place.direction)
  const stack = place.stack === undefined ? '' : `${place.stack} `
  return stack + englishNames[kind] + (where.length > 0 ? ` (${where.join(', ')})` : '')
}

/**
 * The LaTeX symbol: gate-indexed for LSTM and GRU, with a superscript for
 * the decoder (`\mathrm{dec}`), the layer or hidden dense layer, and the direction.
 */
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
    'dense-weights': 'W_{d}',
    'dense-bias': 'b_{d}',
    'output-weights': 'W_{hy}',
    'output-bias': 'b_{y}'
  }

  const marks: string[] = []
  if (place.stack === 'decoder') marks.push('\\mathrm{dec}')
  if (place.dense !== undefined) marks.push(String(place.dense))
  if (place.layer !== undefined) marks.push(String(place.layer))
  if (place.direction !== undefined) {
    marks.push(place.direction === 'forward' ? '\\rightarrow' : '\\leftarrow')
  }

  return base[kind] + (marks.length > 0 ? `^{(${marks.join(',')})}` : '')
}
