import type {Breakdown} from '../breakdown.js'
import type {DescribedLayer} from '../description-graph.js'
import {kerasSnake} from '../layers/layer-helpers.js'
import type {InnerLayer, TensorShape} from '../layers/layer-spec.js'
import type {SummaryRow} from './framework-layer.js'
import {graphRow, networkGraph} from './framework-layer.js'

/** Keras's layer names in one session: `naming.auto_name` and `uniquify`. */
export type KerasNamer = (className: string) => string

/**
 * Keras names a layer after its class in snake case and numbers repeats
 * from `_1` in one session (keras/src/utils/naming.py: `auto_name`,
 * `uniquify`): `simple_rnn`, `simple_rnn_1`, `bidirectional`.
 */
export function kerasNamer(): KerasNamer {
  const seen = new Map<string, number>()
  return (className) => {
    const base = kerasSnake(className)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}_${count}`
  }
}

/** The layer a `Bidirectional` wraps, as the graph's call gives it. */
export function wrappedLayer(layer: DescribedLayer): InnerLayer | undefined {
  return layer.call.args.layer as InnerLayer | undefined
}

/** A weight as Keras lists it in its layer, without a Bidirectional's `forward_lstm/`. */
const ownName = (name: string) => name.slice(name.lastIndexOf('/') + 1)

/**
 * The summary row of one layer of the graph: its class and output as its
 * spec built them, with the batch dimension in front. A `Bidirectional`'s
 * wrapped layer is made first and takes its class's name (`lstm`).
 */
export function kerasRow(name: KerasNamer, layer: DescribedLayer): SummaryRow {
  const inner = wrappedLayer(layer)
  if (inner !== undefined) name(inner.className)
  const type = layer.call.className
  return graphRow(name(type), type, [null, ...layer.output], [layer], ownName)
}

/** A parameter-free row the model's wiring adds (`InputLayer`, `Concatenate`). */
export function wiringRow(name: KerasNamer, type: string, shape: TensorShape): SummaryRow {
  return graphRow(name(type), type, [null, ...shape], [], ownName)
}

/**
 * The rows `model.summary()` prints for the Sequential model a course writes
 * (`keras.Input`, then the layers; Keras 3 lists no InputLayer row), in a
 * fresh session: the graph's layers in order.
 */
export function kerasRows(breakdown: Breakdown): SummaryRow[] {
  const name = kerasNamer()
  return networkGraph(breakdown.description).map((layer) => kerasRow(name, layer))
}
