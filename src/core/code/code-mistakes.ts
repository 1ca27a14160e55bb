import type {CodeBreakdown, CodeLayer, CodeTerm} from './code-breakdown.js'
import {decoderInputs} from './decoder-context.js'

/** The mistakes students make with the layers a model read from code holds. */
export type CodeMistakeId =
  | 'dense-bias-forgotten'
  | 'moving-statistics-trainable'
  | 'layer-norm-beta-forgotten'
  | 'tied-weight-twice'
  | 'gru-four-gates'
  | 'gru-bias-other-version'
  | 'context-width-forgotten'

export interface CodeMistake {
  readonly id: CodeMistakeId
  /** How likely a student is to make it, 1 the likeliest (as today's mistakes rank). */
  readonly rank: 1 | 2 | 3 | 4
  /** What the student did, in English, for build messages. */
  readonly explanation: string
  /** The counts as the mistaken student gets them; undefined where the model gives no room for it. */
  readonly apply: (right: CodeBreakdown) => CodeBreakdown | undefined
}

/** The breakdown with its terms replaced, every subtotal and total recounted from them. */
export function recountCode(right: CodeBreakdown, terms: readonly CodeTerm[]): CodeBreakdown {
  const sum = (filter: (term: CodeTerm) => boolean) =>
    terms.filter(filter).reduce((total, term) => total + term.count, 0)
  const total = sum(() => true)
  const trainable = sum((term) => term.trainable)
  return {
    ...right,
    layers: right.layers.map((layer) => ({
      ...layer,
      params: sum((term) => term.layer === layer.name),
      trainable: sum((term) => term.layer === layer.name && term.trainable),
      nonTrainable: sum((term) => term.layer === layer.name && !term.trainable)
    })),
    terms,
    total,
    trainable,
    nonTrainable: total - trainable
  }
}

/** Each layer's class by its name. */
const typeOf = (right: CodeBreakdown, term: CodeTerm) =>
  (right.layers.find((layer) => layer.name === term.layer) as CodeLayer).type

/** A recount where `change` rewrites the terms it picks (undefined when it picks none). */
function changed(
  right: CodeBreakdown,
  picks: (term: CodeTerm, type: string) => boolean,
  change: (term: CodeTerm) => readonly CodeTerm[]
): CodeBreakdown | undefined {
  const picked = right.terms.filter((term) => picks(term, typeOf(right, term)))
  if (picked.length === 0) return undefined
  return recountCode(
    right,
    right.terms.flatMap((term) => (picked.includes(term) ? change(term) : [term]))
  )
}

const isBias = (term: CodeTerm) => term.name === 'bias'
const isGru = (type: string) => type === 'GRU' || type === 'GRUCell'

export const codeMistakes: readonly CodeMistake[] = [
  {
    id: 'dense-bias-forgotten',
    rank: 1,
    explanation: 'the bias of a Dense/Linear layer forgotten',
    apply: (right) =>
      changed(
        right,
        (term, type) => isBias(term) && (type === 'Dense' || type === 'Linear'),
        () => []
      )
  },
  {
    id: 'moving-statistics-trainable',
    rank: 2,
    explanation: "BatchNormalization's moving mean and variance counted as trainable parameters",
    apply: (right) =>
      right.framework === 'keras'
        ? changed(
            right,
            (term, type) => type === 'BatchNormalization' && term.name.startsWith('moving_'),
            (term) => [{...term, trainable: true}]
          )
        : // PyTorch keeps them as buffers: the student adds them as parameters.
          changed(
            right,
            (term, type) => type.startsWith('BatchNorm') && term.name === 'weight',
            (term) => [
              term,
              {...term, id: `${term.id}:running_mean`, name: 'running_mean'},
              {...term, id: `${term.id}:running_var`, name: 'running_var'}
            ]
          )
  },
  {
    id: 'layer-norm-beta-forgotten',
    rank: 2,
    explanation: "LayerNorm's β (its shift, the bias) forgotten",
    apply: (right) =>
      changed(
        right,
        (term, type) =>
          (type === 'LayerNormalization' && term.name === 'beta') ||
          (type === 'LayerNorm' && isBias(term)),
        () => []
      )
  },
  {
    id: 'tied-weight-twice',
    rank: 2,
    explanation: 'a tied weight counted twice, once for each module that uses it',
    apply: (right) =>
      changed(
        right,
        (term) => (term.tiedTo?.length ?? 0) > 0,
        (term) => [
          term,
          ...(term.tiedTo as readonly string[]).map((id) => ({...term, id, layer: '', tiedTo: []}))
        ]
      )
  },
  {
    id: 'gru-four-gates',
    rank: 2,
    explanation: 'a GRU given four gates, as an LSTM has, instead of three',
    // Every GRU tensor has three gates' rows, so a third of it is one gate.
    apply: (right) =>
      changed(
        right,
        (_, type) => isGru(type),
        (term) => [{...term, count: (term.count / 3) * 4}]
      )
  },
  {
    id: 'gru-bias-other-version',
    rank: 3,
    explanation:
      "a Keras GRU's bias counted as the other Keras version has it (Keras 2: reset_after=False, one bias row; Keras 3: two)",
    apply: (right) =>
      right.framework === 'keras'
        ? changed(
            right,
            (term, type) => isGru(type) && isBias(term),
            (term) => [{...term, count: term.shape.length === 2 ? term.count / 2 : term.count * 2}]
          )
        : undefined
  },
  {
    id: 'context-width-forgotten',
    rank: 2,
    explanation:
      "the context's width left out of the decoder's input (its recurrent layer reads the embedding and the context)",
    // The input kernel as wide as the embedding alone: its count scales with its input width.
    apply: (right) => {
      const decoders = decoderInputs(right)
      return changed(
        right,
        (term) => decoders.has(term),
        (term) => {
          const width = decoders.get(term) as number
          const columns = right.framework === 'keras' ? 0 : term.shape.length - 1
          const read = term.shape[columns] as number
          return [
            {
              ...term,
              count: (term.count / read) * width,
              shape: term.shape.map((size, axis) => (axis === columns ? width : size))
            }
          ]
        }
      )
    }
  }
]
