import type {Merge} from '../../core/index.js'
import type {DiagramModel} from './model.js'

/** The letters of a stack's vectors: token, input, state and output. */
export interface StackLetters {
  readonly token: string
  readonly input: string
  readonly state: string
  readonly output: string
}

const plainLetters: StackLetters = {token: 'w', input: 'x', state: 'h', output: 'y'}
// The decoder's vectors are primed, as its matrices are, so no two boxes look alike.
const decoderLetters: StackLetters = {token: 'w′', input: 'x′', state: 'h′', output: 'y'}

export function stackLetters(model: Pick<DiagramModel, 'stack'>): StackLetters {
  return model.stack === 'decoder' ? decoderLetters : plainLetters
}

/** How a bidirectional layer's two directions are joined, as the box between layers says it. */
export function joinText(merge: Merge): string {
  switch (merge) {
    case 'sum':
      return '→ + ←'
    case 'mul':
      return '→ ⊙ ←'
    case 'ave':
      return '(→ + ←) / 2'
    default:
      return '[ → ; ← ]'
  }
}
