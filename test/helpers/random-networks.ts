import type {Cell, Framework} from '../../src/index.js'

export interface RandomNetwork {
  inputs: number
  units: number[]
  outputs: number
  cell: Cell
  framework: Framework
  bidirectional: boolean
  bias: boolean
  resetAfter?: boolean
  projSize?: number
  vocab: number
  returnSequences: boolean
  timesteps: number | null
}

/** mulberry32: a small seeded generator, so a failing network can be rerun. */
export function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return 1 + (((t ^ (t >>> 14)) >>> 0) % max)
  }
}

/**
 * `count` random small networks of one framework: every cell, stacks with
 * repeated widths (runs), both directions, with and without bias, embedding,
 * return-sequences and timesteps, and the framework's own options.
 */
export function randomNetworks(framework: Framework, count: number, seed: number): RandomNetwork[] {
  const next = seeded(seed)
  return Array.from({length: count}, (_, index) => {
    const cell = (['rnn', 'lstm', 'gru'] as const)[index % 3] ?? 'rnn'
    const width = next(10)
    const units = Array.from({length: next(3)}, () => (next(2) === 1 ? width : next(10)))
    const network: RandomNetwork = {
      inputs: next(8),
      units,
      outputs: next(3) === 1 ? 0 : next(5),
      cell,
      framework,
      bidirectional: next(2) === 1,
      bias: next(4) !== 1,
      vocab: next(2) === 1 ? 0 : 1 + next(50),
      returnSequences: next(2) === 1,
      timesteps: next(3) === 1 ? null : next(6)
    }
    if (framework === 'keras' && cell === 'gru') network.resetAfter = next(2) === 1
    const smallest = Math.min(...units)
    if (framework === 'pytorch' && cell === 'lstm' && smallest > 1 && next(2) === 1)
      network.projSize = next(smallest - 1)
    return network
  })
}
