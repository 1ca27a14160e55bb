import type {SolutionPart} from '../render/index.js'
import type {Settings} from './options.js'

/**
 * Ids for the diagrams of one file, in document order: `rnn-diagram-1`, … so
 * that each diagram's title and description ids are unique on the page and
 * the same on every build.
 */
export function diagramIdCounter(): () => string {
  let count = 0
  return () => `rnn-diagram-${++count}`
}

/** The id of a solution's diagram, taken only when it shows one. */
export function diagramIdFor(parts: readonly SolutionPart[], settings: Settings): string | undefined {
  return parts.includes('diagram') ? settings.diagramIds?.() : undefined
}
