import type {Breakdown} from '../breakdown.js'
import type {DescribedLayer} from '../description-graph.js'
import type {TensorShape} from '../layers/layer-spec.js'
import {cellStates, classCell} from '../layers/recurrent-cells.js'
import type {SummaryRow} from './framework-layer.js'
import {networkParts} from './framework-layer.js'
import {functionalOrder} from './functional-order.js'
import type {KerasNamer} from './keras-layers.js'
import {kerasNamer, kerasRow, wiringRow, wrappedLayer} from './keras-layers.js'

/** A layer of a functional model with the layers its call reads, main input first. */
export interface GraphLayer {
  readonly row: SummaryRow
  readonly inputs: readonly GraphLayer[]
}

const node = (row: SummaryRow, inputs: readonly GraphLayer[]): GraphLayer => ({row, inputs})

/** The `Input` of the sequence a stack reads, then its Embedding if it has one. */
function sequenceInput(
  name: KerasNamer,
  embedding: DescribedLayer | undefined,
  first: DescribedLayer
): GraphLayer {
  const input = node(
    wiringRow(name, 'InputLayer', (embedding ?? first).call.inputs[0] as TensorShape),
    []
  )
  return embedding === undefined ? input : node(kerasRow(name, embedding), [input])
}

/**
 * An encoder layer called with `return_state=True`, and the states it hands
 * its decoder layer: its own, or for a bidirectional layer one
 * `Concatenate` per state, made right after it, joining the two directions'.
 */
function encoderLayer(name: KerasNamer, layer: DescribedLayer, x: GraphLayer) {
  const units = layer.label.units as number
  const directions = layer.label.bidirectional ? 2 : 1
  const className = wrappedLayer(layer)?.className ?? layer.call.className
  const stateCount = cellStates(classCell(className))
  const {layer: row, from} = kerasRow(name, layer)
  const stateShapes = Array.from({length: stateCount * directions}, () => [null, units])
  const recurrent = node({layer: {...row, stateShapes}, from}, [x])
  const states =
    directions === 2
      ? Array.from({length: stateCount}, () =>
          node(wiringRow(name, 'Concatenate', [2 * units]), [recurrent])
        )
      : [recurrent]
  return {recurrent, states}
}

/**
 * The rows `model.summary()` prints for an encoder–decoder written with the
 * functional API, in the order Keras lists a functional model's layers
 * (`functionalOrder`). The layers are made, and so named, in this order:
 * the encoder's `Input`, Embedding and recurrent layers (each
 * `return_state=True`), then the decoder's `Input`, Embedding and recurrent
 * layers (layer `i` called with `initial_state=` encoder layer `i`'s
 * states), then the `Dense` layers applied to every step.
 */
export function kerasFunctionalRows(breakdown: Breakdown): SummaryRow[] {
  const parts = networkParts(breakdown.description)
  const name = kerasNamer()
  let x = sequenceInput(name, parts.encoderEmbedding, parts.encoder[0] as DescribedLayer)
  const states: GraphLayer[][] = []
  for (const layer of parts.encoder) {
    const made = encoderLayer(name, layer, x)
    x = made.recurrent
    states.push(made.states)
  }

  let y = sequenceInput(name, parts.decoderEmbedding, parts.decoder[0] as DescribedLayer)
  for (const [index, layer] of parts.decoder.entries()) {
    y = node(kerasRow(name, layer), [y, ...(states[index] as GraphLayer[])])
  }

  for (const dense of parts.head) y = node(kerasRow(name, dense), [y])
  return functionalOrder(y)
}
