import type {Breakdown, Term} from '../breakdown.js'
import type {Wiring} from '../count-parameters.js'
import {breakdownOf, groupCounts} from '../count-parameters.js'
import type {NetworkDescription} from '../description.js'
import type {Mistake} from './mistakes.js'

/** The counts of a changed network (or wiring), as a mistaken student gets them. */
export function recount(description: NetworkDescription, wiring?: Wiring): Breakdown | undefined {
  const analysis = breakdownOf(description, wiring)
  return analysis.ok ? analysis.breakdown : undefined
}

/** The breakdown without the terms `drop` picks; undefined when it picks none. */
export function withoutTerms(
  breakdown: Breakdown,
  drop: (term: Term) => boolean
): Breakdown | undefined {
  const terms = breakdown.terms.filter((term) => !drop(term))
  if (terms.length === breakdown.terms.length) return undefined
  const groups = groupCounts(terms)
  return {...breakdown, terms, groups, total: groups.total}
}

/** Mistakes about dense heads, merge modes and encoder–decoders. */
export type NetworkMistakeId =
  | 'hidden-dense-forgotten'
  | 'merge-doubled'
  | 'decoder-embedding-forgotten'
  | 'decoder-encoder-inputs'
  | 'decoder-units-not-doubled'
  | 'decoder-bidirectional'

export const networkMistakes: readonly Mistake[] = [
  {
    id: 'hidden-dense-forgotten',
    rank: 2,
    about: 'dense',
    explanation:
      'the hidden dense layers left out: only the output layer counted, fed the recurrent width',
    apply: ({description: d}) =>
      d.outputs.length > 1 ? recount({...d, outputs: d.outputs.slice(-1)}) : undefined
  },
  {
    id: 'merge-doubled',
    rank: 3,
    about: 'merge',
    explanation:
      'the next layer fed 2h after merge=sum, mul or ave, which hand on h (only concat doubles)',
    apply: ({description: d}) =>
      d.bidirectional && d.merge !== 'concat' ? recount({...d, merge: 'concat'}) : undefined
  },
  {
    id: 'decoder-embedding-forgotten',
    rank: 2,
    about: 'decoder',
    explanation: 'the decoder’s Embedding layer (V′·d) left out',
    apply: (right) => withoutTerms(right, (term) => term.id === 'decoder.embedding-weights')
  },
  {
    id: 'decoder-encoder-inputs',
    rank: 3,
    about: 'decoder',
    explanation: 'the decoder counted with the encoder’s input width n instead of its own d',
    apply: ({description: d}) =>
      d.decoder !== null && d.decoder.inputs !== d.inputs
        ? recount({...d, decoder: {...d.decoder, inputs: d.inputs}})
        : undefined
  },
  {
    id: 'decoder-units-not-doubled',
    rank: 3,
    about: 'decoder',
    explanation:
      'the decoder given the encoder’s units h, though it starts from both directions’ states (2h)',
    apply: ({description: d}) =>
      d.decoder !== null && d.bidirectional
        ? recount({...d, decoder: {...d.decoder, units: d.units}})
        : undefined
  },
  {
    id: 'decoder-bidirectional',
    rank: 3,
    about: 'decoder',
    explanation:
      'the decoder counted as bidirectional like the encoder, though it runs forward only',
    apply: ({description: d}) =>
      d.decoder !== null && d.bidirectional
        ? recount(d, {
            laterLayersReadInputs: false,
            directionsConcatenated: true,
            decoderBidirectional: true
          })
        : undefined
  }
]
