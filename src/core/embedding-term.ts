import type {NetworkDescription} from './description.js'
import {sizeFactor} from './formula.js'
import type {TermSpec} from './layer-terms.js'

/**
 * The Embedding layer in front of the first recurrent layer: one row of `n`
 * numbers per word of the vocabulary, `V × n`. Keras calls the table
 * `embeddings`, PyTorch `weight`; both store it `[V, n]`.
 */
export function embeddingSpec(description: NetworkDescription): TermSpec {
  const vocab = sizeFactor('V', description.vocab)
  const width = sizeFactor('n', description.inputs)
  return {
    kind: 'embedding-weights',
    group: 'embedding',
    factors: [vocab, width],
    rows: vocab.value,
    columns: width.value,
    tensorName: description.framework === 'keras' ? 'embeddings' : 'weight',
    tensorShape: [vocab.value, width.value]
  }
}
