import type {DiagramPlacement} from '../render/index.js'
import {diagramIdCounter} from './diagram-ids.js'
import type {ModelRegistry} from './models.js'

/**
 * What the directives of one file share, made afresh for every file and
 * kept out of the site's settings (which every file of a build shares).
 */
export interface FileContext {
  /** Models named with `id=…` so far, for `model=…` on later directives. */
  readonly models: ModelRegistry
  /** The place of the file's next diagram (`rnn-diagram-1`, …). */
  readonly nextDiagram: () => DiagramPlacement
}

/** A new file's context: no models, diagrams counted from 1. */
export function createFileContext(): FileContext {
  return {models: new Map(), nextDiagram: diagramIdCounter()}
}
