import type {Merge} from '../../core/index.js'
import type {DiagramModel} from './model.js'

/**
 * The superscript marks of a stack's vectors: `dec` in a decoder, as its
 * matrices have (`W_xh^(dec)`), so no two boxes look alike.
 */
export function stackMarks(model: Pick<DiagramModel, 'stack'>): string[] {
  return model.stack === 'decoder' ? ['dec'] : []
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
