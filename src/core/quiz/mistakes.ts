import type {Breakdown, TermKind} from '../breakdown.js'
import {groupCounts} from '../count-parameters.js'
import type {NetworkMistakeId} from './network-mistakes.js'
import {networkMistakes, recount, withoutTerms} from './network-mistakes.js'

/** The typical mistakes a quiz recognises (each says how likely it is: `rank`). */
export type MistakeId =
  | 'swap-inputs-units'
  | 'bias-forgotten'
  | 'bias-twice'
  | 'bias-once'
  | 'gates-forgotten'
  | 'reset-after-variant'
  | 'stacked-fed-inputs'
  | 'directions-not-doubled'
  | 'concat-not-doubled'
  | 'output-bias-forgotten'
  | 'output-layer-forgotten'
  | 'recurrent-weights-forgotten'
  | 'per-time-step'
  | 'embedding-forgotten'
  | 'embedding-units'
  | NetworkMistakeId

export interface Mistake {
  readonly id: MistakeId
  /**
   * The part of the network the mistake is about, when it is one that only
   * some networks have: generated options try these first, so a quiz on an
   * embedding network offers the embedding mistakes.
   */
  readonly about?: 'embedding' | 'dense' | 'merge' | 'decoder'
  /**
   * How likely a student is to make it, 1 the likeliest (a forgotten bias)
   * and 4 the rarest: where several mistakes give the same numbers, feedback
   * and exports name the likeliest first (ties keep this list's order).
   */
  readonly rank: 1 | 2 | 3 | 4
  /** What the student did, in English, for messages and solutions. */
  readonly explanation: string
  /** The counts as the mistaken student gets them; undefined where the mistake cannot happen. */
  readonly apply: (right: Breakdown) => Breakdown | undefined
}

function without(breakdown: Breakdown, kinds: readonly TermKind[]): Breakdown | undefined {
  return withoutTerms(breakdown, (term) => kinds.includes(term.kind))
}

function scaled(breakdown: Breakdown, kinds: readonly TermKind[], factor: number): Breakdown {
  const terms = breakdown.terms.map((term) =>
    kinds.includes(term.kind) ? {...term, count: term.count * factor} : term
  )
  const groups = groupCounts(terms)
  return {...breakdown, terms, groups, total: groups.total}
}

export const mistakes: readonly Mistake[] = [
  {
    id: 'swap-inputs-units',
    rank: 3,
    explanation: 'inputs and units swapped',
    apply: ({description: d}) =>
      d.units.length === 1 && d.units[0] !== d.inputs
        ? recount({...d, inputs: d.units[0] ?? 1, units: [d.inputs], projSize: 0})
        : undefined
  },
  {
    id: 'bias-forgotten',
    rank: 1,
    explanation: 'the recurrent bias forgotten',
    apply: (right) => without(right, ['recurrent-bias', 'input-bias'])
  },
  {
    id: 'bias-twice',
    rank: 2,
    explanation: 'the bias counted twice, as PyTorch does (b_ih and b_hh), in a Keras network',
    apply: ({description: d}) =>
      d.framework === 'keras' && d.bias ? recount({...d, framework: 'pytorch'}) : undefined
  },
  {
    id: 'bias-once',
    rank: 2,
    explanation: 'the bias counted once, as Keras does, in a PyTorch network',
    apply: ({description: d}) =>
      d.framework === 'pytorch' && d.bias
        ? recount({...d, framework: 'keras', resetAfter: false, projSize: 0})
        : undefined
  },
  {
    id: 'gates-forgotten',
    rank: 1,
    explanation: 'the gate factor (4 for an LSTM, 3 for a GRU) forgotten',
    apply: ({description: d}) =>
      d.cell === 'rnn' ? undefined : recount({...d, cell: 'rnn', projSize: 0})
  },
  {
    id: 'reset-after-variant',
    rank: 3,
    explanation:
      'the other Keras GRU variant (reset_after), with a different number of bias vectors',
    apply: ({description: d}) =>
      d.cell === 'gru' && d.framework === 'keras' && d.bias
        ? recount({...d, resetAfter: !d.resetAfter})
        : undefined
  },
  {
    id: 'stacked-fed-inputs',
    rank: 3,
    explanation: 'a stacked layer fed the input width n instead of the previous layer’s units',
    apply: ({description: d}) =>
      d.units.length > 1
        ? recount(d, {laterLayersReadInputs: true, directionsConcatenated: true})
        : undefined
  },
  {
    id: 'directions-not-doubled',
    rank: 2,
    explanation: 'only one direction of the bidirectional layers counted',
    apply: ({description: d}) =>
      d.bidirectional ? recount({...d, bidirectional: false}) : undefined
  },
  {
    id: 'concat-not-doubled',
    rank: 3,
    explanation: 'the concatenated width of both directions (2h) not doubled for the next layer',
    apply: ({description: d}) =>
      d.bidirectional && d.merge === 'concat' && (d.units.length > 1 || d.outputs.length > 0)
        ? recount(d, {laterLayersReadInputs: false, directionsConcatenated: false})
        : undefined
  },
  {
    id: 'output-bias-forgotten',
    rank: 1,
    explanation: 'the output layer’s bias forgotten',
    apply: (right) => without(right, ['output-bias'])
  },
  {
    id: 'output-layer-forgotten',
    rank: 2,
    explanation: 'the output layer left out',
    apply: (right) => without(right, ['output-weights', 'output-bias'])
  },
  {
    id: 'recurrent-weights-forgotten',
    rank: 2,
    explanation: 'the recurrent weights (h·h) left out',
    apply: (right) => without(right, ['recurrent-weights'])
  },
  {
    id: 'per-time-step',
    rank: 4,
    explanation:
      'the recurrent layer counted once per time step (two steps), though its weights are shared',
    apply: (right) =>
      scaled(
        right,
        [
          'input-weights',
          'recurrent-weights',
          'recurrent-bias',
          'input-bias',
          'projection-weights'
        ],
        2
      )
  },
  {
    id: 'embedding-forgotten',
    rank: 2,
    about: 'embedding',
    explanation: 'the Embedding layer (V·n) left out',
    apply: (right) => withoutTerms(right, (term) => term.id === 'embedding-weights')
  },
  {
    id: 'embedding-units',
    rank: 3,
    about: 'embedding',
    explanation:
      'the Embedding layer counted V·h (the recurrent units) instead of V·n (its own width)',
    apply: (right) => embeddingTimesUnits(right)
  },
  ...networkMistakes
]

/** The embedding table sized by the first layer's units instead of its own width. */
function embeddingTimesUnits(right: Breakdown): Breakdown | undefined {
  const units = right.description.units[0] ?? 0
  if (right.description.vocab === 0 || units === right.description.inputs) return undefined
  const terms = right.terms.map((term) =>
    term.id === 'embedding-weights' ? {...term, count: right.description.vocab * units} : term
  )
  const groups = groupCounts(terms)
  return {...right, terms, groups, total: groups.total}
}
