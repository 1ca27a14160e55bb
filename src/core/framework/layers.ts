import type {Breakdown} from '../breakdown.js'
import type {FrameworkLayer, SummaryRow} from './framework-layer.js'
import {kerasFunctionalRows} from './keras-functional.js'
import {kerasRows} from './keras-layers.js'
import {pytorchRows} from './pytorch-modules.js'

export type {FrameworkLayer} from './framework-layer.js'
export {trainableParams} from './framework-layer.js'

/**
 * The network as its framework lists it, in order, each row with the layers
 * of the model graph it lists: Keras's Sequential model (or its functional
 * model for an encoder–decoder), or PyTorch's modules.
 */
export function summaryRows(breakdown: Breakdown): SummaryRow[] {
  if (breakdown.description.framework === 'pytorch') return pytorchRows(breakdown)
  return breakdown.description.decoder === null
    ? kerasRows(breakdown)
    : kerasFunctionalRows(breakdown)
}

/** The network as its framework lists it, in order. */
export function frameworkLayers(breakdown: Breakdown): FrameworkLayer[] {
  return summaryRows(breakdown).map((row) => row.layer)
}
