import {built, int, size, tensor, withLast} from './layer-helpers.js'
import type {LayerForm, LayerSpec} from './layer-spec.js'

/** Keras `Embedding(input_dim, output_dim)`. */
export const kerasEmbedding: LayerForm = {
  framework: 'keras',
  names: ['Embedding'],
  args: [
    {name: 'input_dim', position: 0},
    {name: 'output_dim', position: 1}
  ],
  readsInput: false,
  build({args, inputs}) {
    const vocab = int(args, 'input_dim')
    const width = int(args, 'output_dim')
    return built(
      [tensor('embeddings', [vocab, width], [size('V', vocab), size('d', width)])],
      [...(inputs[0] ?? [null]), width]
    )
  }
}

/** PyTorch `nn.Embedding(num_embeddings, embedding_dim)`. */
export const torchEmbedding: LayerForm = {
  framework: 'pytorch',
  names: ['Embedding'],
  args: [
    {name: 'num_embeddings', position: 0},
    {name: 'embedding_dim', position: 1}
  ],
  readsInput: false,
  build({args, inputs}) {
    const vocab = int(args, 'num_embeddings')
    const width = int(args, 'embedding_dim')
    return built(
      [tensor('weight', [vocab, width], [size('V', vocab), size('d', width)])],
      withLast(inputs[0], width)
    )
  }
}

/** A lookup table of V vectors of width d. */
export const embedding: LayerSpec = {
  kind: 'embedding',
  summary: 'lookup table: V rows of width d',
  forms: [kerasEmbedding, torchEmbedding]
}
