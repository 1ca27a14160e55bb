import type {Breakdown} from '../../core/index.js'
import {kerasCode} from './keras-code.js'
import {pytorchCode} from './pytorch-code.js'

/** The Python that builds this network in its own framework and prints the count. */
export function frameworkCode(breakdown: Breakdown): string {
  return breakdown.description.framework === 'keras' ? kerasCode(breakdown) : pytorchCode(breakdown)
}

export {kerasCode} from './keras-code.js'
export {pytorchCode} from './pytorch-code.js'
