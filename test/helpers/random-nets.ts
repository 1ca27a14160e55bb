import type {Cell, Framework, Merge} from '../../src/index.js'
import {seeded} from './random-networks.js'

/** A network of the new shapes: a dense head, a merge mode, maybe a decoder. */
export interface NetCase {
  inputs: number
  units: number[]
  outputs: number[]
  cell: Cell
  framework: Framework
  bidirectional: boolean
  merge: Merge
  bias: boolean
  vocab: number
  returnSequences: boolean
  /** `null`: any length (Keras's `None`); PyTorch runs need a number. */
  timesteps: number | null
  decoder: {inputs: number; units: number[]; vocab: number} | null
  projSize?: number
}

/** A PyTorch LSTM projection now and then, below every width (not with a bidirectional decoder hand-over). */
function withProjection(c: NetCase, next: (max: number) => number): NetCase {
  const smallest = Math.min(...c.units, ...(c.decoder?.units ?? []))
  const allowed = c.framework === 'pytorch' && c.cell === 'lstm' && smallest > 1
  if (!allowed || (c.decoder !== null && c.bidirectional) || next(2) === 1) return c
  return {...c, projSize: next(smallest - 1)}
}

const cellsInTurn = ['rnn', 'lstm', 'gru'] as const
const mergesInTurn = ['concat', 'sum', 'mul', 'ave'] as const

/** The description as an author writes it (merge only with bidirectional, decoder as attributes). */
export function attributesOf(c: NetCase): Record<string, string | number | boolean | number[]> {
  const {decoder, merge, outputs, ...rest} = c
  return {
    ...rest,
    outputs: outputs.length === 0 ? 0 : outputs,
    ...(c.bidirectional ? {merge} : {}),
    ...(decoder === null
      ? {}
      : {
          'decoder-inputs': decoder.inputs,
          'decoder-units': decoder.units,
          'decoder-vocab': decoder.vocab,
          returnSequences: false
        })
  }
}

/**
 * `count` random single-stack networks with 0–3 dense layers: every cell,
 * stacks, both directions with every merge mode (PyTorch: concat only),
 * with and without bias, embedding and return-sequences.
 */
export function randomDenseNetworks(framework: Framework, count: number, seed: number): NetCase[] {
  const next = seeded(seed)
  return Array.from({length: count}, (_, index) => {
    const bidirectional = next(3) !== 1
    return withProjection(
      {
        inputs: next(8),
        units: Array.from({length: next(3)}, () => next(9)),
        outputs: Array.from({length: next(4) - 1}, () => next(9)),
        cell: cellsInTurn[index % 3] ?? 'rnn',
        framework,
        bidirectional,
        merge: framework === 'pytorch' ? 'concat' : (mergesInTurn[next(4) - 1] ?? 'concat'),
        bias: next(4) !== 1,
        vocab: next(2) === 1 ? 0 : 1 + next(40),
        returnSequences: next(2) === 1,
        timesteps: next(6),
        decoder: null
      },
      next
    )
  })
}

/**
 * `count` random encoder–decoders: the decoder as the hand-over requires,
 * its own input width or embedding, 0–2 dense layers on every step.
 */
export function randomEncoderDecoders(
  framework: Framework,
  count: number,
  seed: number
): NetCase[] {
  const next = seeded(seed)
  return Array.from({length: count}, (_, index) => {
    const bidirectional = next(3) === 1
    const units = Array.from({length: next(3)}, () => next(8))
    return withProjection(
      {
        inputs: next(8),
        units,
        outputs: Array.from({length: next(3) - 1}, () => next(9)),
        cell: cellsInTurn[index % 3] ?? 'rnn',
        framework,
        bidirectional,
        merge: framework === 'pytorch' ? 'concat' : (mergesInTurn[next(4) - 1] ?? 'concat'),
        bias: next(4) !== 1,
        vocab: next(2) === 1 ? 0 : 1 + next(40),
        returnSequences: false,
        timesteps: next(6),
        decoder: {
          inputs: next(8),
          units: units.map((width) => (bidirectional ? 2 * width : width)),
          vocab: next(2) === 1 ? 0 : 1 + next(40)
        }
      },
      next
    )
  })
}
