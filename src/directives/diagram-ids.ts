import type {DiagramPlacement, SolutionPart} from '../render/index.js'
import type {FileContext} from './file-context.js'

/**
 * Places for the diagrams of one file, in document order: ids
 * `rnn-diagram-1`, … so that each diagram's title and description ids are
 * unique on the page and the same on every build, and the stylesheet in the
 * first diagram only (it styles every diagram on the page).
 */
export function diagramIdCounter(): () => DiagramPlacement {
  let count = 0
  return () => {
    count++
    return {id: `rnn-diagram-${count}`, stylesheet: count === 1}
  }
}

/** Where a solution's diagram goes, taken only when it shows one. */
export function diagramIdFor(
  parts: readonly SolutionPart[],
  context: FileContext
): DiagramPlacement | undefined {
  return parts.includes('diagram') ? context.nextDiagram() : undefined
}
