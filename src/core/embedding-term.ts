import type {Factor} from './breakdown.js'
import type {Framework} from './description.js'
import type {TermSpec} from './layer-terms.js'

/**
 * An Embedding layer in front of a recurrent stack: one row of width numbers
 * per word of the vocabulary, `V × n` (the decoder's `V′ × d`). Keras calls
 * the table `embeddings`, PyTorch `weight`; both store it `[V, n]`.
 */
export function embeddingSpec(vocab: Factor, width: Factor, framework: Framework): TermSpec {
  return {
    kind: 'embedding-weights',
    group: 'embedding',
    factors: [vocab, width],
    rows: vocab.value,
    columns: width.value,
    tensorName: framework === 'keras' ? 'embeddings' : 'weight',
    tensorShape: [vocab.value, width.value]
  }
}
