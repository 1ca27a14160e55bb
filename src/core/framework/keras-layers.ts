import type {Breakdown} from '../breakdown.js'
import type {Cell} from '../description.js'
import {recurrentClasses} from '../layers/recurrent-cells.js'
import type {FrameworkLayer} from './framework-layer.js'
import {denseTerms, embeddingTerms, handedOnWidth, layerRow, layerTerms} from './framework-layer.js'

/** The Keras 3 layer classes of each cell. */
export const kerasClasses: Readonly<Record<Cell, string>> = recurrentClasses('keras')

/**
 * Keras names a layer after its class in snake case and numbers repeats
 * from `_1` in one session (keras/src/utils/naming.py: `auto_name`,
 * `uniquify`): `simple_rnn`, `simple_rnn_1`, `bidirectional`.
 */
export function kerasNamer(): (className: string) => string {
  const seen = new Map<string, number>()
  return (className) => {
    const base = className
      .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}_${count}`
  }
}

/**
 * The rows `model.summary()` prints for the Sequential model a course writes
 * (`keras.Input`, then the layers; Keras 3 lists no InputLayer row), in a
 * fresh session. `return_sequences` is on every recurrent layer but the last,
 * and on the last too when the description asks for it.
 */
export function kerasLayers(breakdown: Breakdown): FrameworkLayer[] {
  const d = breakdown.description
  const name = kerasNamer()
  const time = d.timesteps
  const rows: FrameworkLayer[] = []
  if (d.vocab > 0)
    rows.push(
      layerRow(
        name('Embedding'),
        'Embedding',
        [null, time, d.inputs],
        embeddingTerms(breakdown, 'encoder')
      )
    )

  for (const index of d.units.keys()) {
    const sequences = index < d.units.length - 1 || d.returnSequences
    rows.push(recurrentRow(breakdown, name, index, sequences))
  }

  rows.push(...denseRows(breakdown, name, d.returnSequences))
  return rows
}

/**
 * Recurrent layer `index` (0-based) of the encoder (or only) stack: its
 * class, or `Bidirectional` around it, and its output, every step's or the
 * last one's, as wide as it hands on.
 */
export function recurrentRow(
  breakdown: Breakdown,
  name: (className: string) => string,
  index: number,
  sequences: boolean
): FrameworkLayer {
  const d = breakdown.description
  const width = handedOnWidth(breakdown, d.units[index] ?? 0)
  const type = d.bidirectional ? 'Bidirectional' : kerasClasses[d.cell]
  // The wrapped layer is made first and takes its class's name (`lstm`).
  if (d.bidirectional) name(kerasClasses[d.cell])
  return layerRow(
    name(type),
    type,
    sequences ? [null, d.timesteps, width] : [null, width],
    layerTerms(breakdown, index + 1)
  )
}

/** `dense`, `dense_1`, …: one row per dense layer, applied to the last step or to every step. */
export function denseRows(
  breakdown: Breakdown,
  name: (className: string) => string,
  everyStep: boolean
): FrameworkLayer[] {
  const time = breakdown.description.timesteps
  return breakdown.description.outputs.map((nodes, index) =>
    layerRow(
      name('Dense'),
      'Dense',
      everyStep ? [null, time, nodes] : [null, nodes],
      denseTerms(breakdown, index + 1)
    )
  )
}
