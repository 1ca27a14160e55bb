import type {Breakdown} from '../breakdown.js'
import type {FrameworkLayer} from './framework-layer.js'
import {kerasFunctionalLayers} from './keras-functional.js'
import {kerasLayers} from './keras-layers.js'
import {pytorchModules} from './pytorch-modules.js'

export type {FrameworkLayer} from './framework-layer.js'

/**
 * The network as its framework lists it, in order: Keras's Sequential model
 * (or its functional model for an encoder–decoder), or PyTorch's modules.
 */
export function frameworkLayers(breakdown: Breakdown): FrameworkLayer[] {
  if (breakdown.description.framework === 'pytorch') return pytorchModules(breakdown)
  return breakdown.description.decoder === null
    ? kerasLayers(breakdown)
    : kerasFunctionalLayers(breakdown)
}
