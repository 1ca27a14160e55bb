import type {CodeBreakdown} from '../core/code/index.js'

/** A model read from code in words, without its count: `PyTorch model`, `PyTorch encoder and decoder`. */
export const codeNetwork = (breakdown: CodeBreakdown): string =>
  `${breakdown.framework === 'keras' ? 'Keras' : 'PyTorch'} ${breakdown.models.join(' and ')}`
