import type {DescriptionInput, Framework} from '../../src/index.js'
import {seeded} from './random-networks.js'

/**
 * `count` random small networks of issue 17's shapes in one framework:
 * dense heads of one to three layers, every merge mode (Keras), and every
 * other network an encoder–decoder (stacks with runs of equal widths,
 * bidirectional encoders, embeddings on either side, with and without a
 * head), whose decoder has the widths the hand-over needs.
 */
export function randomNewNetworks(
  framework: Framework,
  count: number,
  seed: number
): DescriptionInput[] {
  const next = seeded(seed)
  return Array.from({length: count}, (_, index) => {
    const cell = (['rnn', 'lstm', 'gru'] as const)[index % 3] ?? 'rnn'
    const width = next(9)
    const units = Array.from({length: next(3)}, () => (next(2) === 1 ? width : next(9)))
    const bidirectional = next(2) === 1
    const pair = index % 2 === 1
    const outputs = Array.from({length: next(4) - 1}, () => next(6))
    const network: Record<string, DescriptionInput[string]> = {
      inputs: next(7),
      units,
      outputs: outputs.length > 0 ? outputs : 0,
      cell,
      framework,
      bidirectional,
      bias: next(5) !== 1,
      vocab: next(2) === 1 ? 0 : 1 + next(30),
      timesteps: next(3) === 1 ? null : next(5)
    }
    if (!pair) network['return-sequences'] = next(2) === 1
    if (framework === 'keras' && bidirectional)
      network.merge = (['concat', 'sum', 'mul', 'ave'] as const)[next(4) - 1]
    if (framework === 'keras' && cell === 'gru') network['reset-after'] = next(2) === 1
    if (pair) {
      network['decoder-inputs'] = next(7)
      network['decoder-units'] = units.map((size) => (bidirectional ? 2 * size : size))
      if (next(2) === 1) network['decoder-vocab'] = 1 + next(30)
    }

    return network
  })
}
