import type {DiagramPlacement, SolutionPart} from '../render/index.js'
import type {FileContext} from './file-context.js'

/** Where a solution's diagram goes, taken only when it shows one. */
export function diagramIdFor(
  parts: readonly SolutionPart[],
  context: FileContext
): DiagramPlacement | undefined {
  return parts.includes('diagram') ? context.nextDiagram() : undefined
}
