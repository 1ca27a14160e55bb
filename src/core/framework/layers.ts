import type {Breakdown} from '../breakdown.js'
import type {FrameworkLayer} from './framework-layer.js'
import {kerasLayers} from './keras-layers.js'
import {pytorchModules} from './pytorch-modules.js'

export type {FrameworkLayer} from './framework-layer.js'

/** The network as its framework lists it, in order. */
export function frameworkLayers(breakdown: Breakdown): FrameworkLayer[] {
  return breakdown.description.framework === 'keras'
    ? kerasLayers(breakdown)
    : pytorchModules(breakdown)
}
