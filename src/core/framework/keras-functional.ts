import type {Breakdown} from '../breakdown.js'
import {cellStates} from '../layers/recurrent-cells.js'
import type {FrameworkLayer} from './framework-layer.js'
import {decoderWidth, embeddingTerms, layerRow, layerTerms} from './framework-layer.js'
import {functionalOrder} from './functional-order.js'
import {denseRows, kerasClasses, kerasNamer, recurrentRow} from './keras-layers.js'

/** A layer of a functional model with the layers its call reads, main input first. */
export interface GraphLayer {
  readonly layer: FrameworkLayer
  readonly inputs: readonly GraphLayer[]
}

/**
 * The rows `model.summary()` prints for an encoder–decoder written with the
 * functional API, in the order Keras lists a functional model's layers
 * (`functionalOrder`). The layers are made, and so named, in this order:
 * the encoder's `Input`, Embedding and recurrent layers (each
 * `return_state=True`; for a bidirectional encoder, a `Concatenate` per state
 * right after its layer, joining the two directions' states), then the
 * decoder's `Input`, Embedding and recurrent layers (`return_sequences=True`,
 * layer `i` called with `initial_state=` encoder layer `i`'s states), then the
 * `Dense` layers applied to every step.
 */
export function kerasFunctionalLayers(breakdown: Breakdown): FrameworkLayer[] {
  const d = breakdown.description
  const decoder = d.decoder
  if (decoder === null) return []
  const name = kerasNamer()
  const time = d.timesteps
  const node = (layer: FrameworkLayer, inputs: readonly GraphLayer[]): GraphLayer => ({
    layer,
    inputs
  })

  const encoderShape = d.vocab > 0 ? [null, time] : [null, time, d.inputs]
  let x = node(layerRow(name('InputLayer'), 'InputLayer', encoderShape, []), [])
  if (d.vocab > 0) {
    const terms = embeddingTerms(breakdown, 'encoder')
    x = node(layerRow(name('Embedding'), 'Embedding', [null, time, d.inputs], terms), [x])
  }

  const states: GraphLayer[][] = []
  const stateCount = cellStates(d.cell)
  for (const [index, units] of d.units.entries()) {
    const sequences = index + 1 < d.units.length
    const directions = d.bidirectional ? 2 : 1
    const recurrent = node(
      {
        ...recurrentRow(breakdown, name, index, sequences),
        stateShapes: Array.from({length: stateCount * directions}, () => [null, units])
      },
      [x]
    )
    x = recurrent
    states.push(
      d.bidirectional
        ? Array.from({length: stateCount}, () =>
            node(layerRow(name('Concatenate'), 'Concatenate', [null, 2 * units], []), [recurrent])
          )
        : [recurrent]
    )
  }

  const decoderShape = decoder.vocab > 0 ? [null, time] : [null, time, decoder.inputs]
  let y = node(layerRow(name('InputLayer'), 'InputLayer', decoderShape, []), [])
  if (decoder.vocab > 0) {
    const terms = embeddingTerms(breakdown, 'decoder')
    y = node(layerRow(name('Embedding'), 'Embedding', [null, time, decoder.inputs], terms), [y])
  }

  for (const [index, units] of decoder.units.entries()) {
    const type = kerasClasses[d.cell]
    const terms = layerTerms(breakdown, index + 1, 'decoder')
    const shape = [null, time, decoderWidth(breakdown, units)]
    y = node(layerRow(name(type), type, shape, terms), [y, ...(states[index] ?? [])])
  }

  for (const dense of denseRows(breakdown, name, true)) y = node(dense, [y])
  return functionalOrder(y)
}
