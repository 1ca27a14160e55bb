import type {VFile} from 'vfile'
import type {ModelRegistry} from '../directives/models.js'

const byPath = new Map<string, ModelRegistry>()
const byFile = new WeakMap<VFile, ModelRegistry>()

/**
 * The named models of the page being parsed. MyST runs a page's directives
 * in document order, then its roles, but gives each markdown cell of a
 * notebook its own file object; all cells are parsed one after another in
 * one turn of the event loop. So the models are kept by path for that turn
 * only: every cell of a notebook sees the models of the cells above it, and
 * a page parsed again later (`myst start` after an edit) starts afresh.
 */
export function modelsOf(file: VFile | undefined): ModelRegistry {
  if (!file) return new Map()
  const path = file.path
  if (!path) {
    let models = byFile.get(file)
    if (!models) byFile.set(file, (models = new Map()))
    return models
  }

  let models = byPath.get(path)
  if (!models) {
    byPath.set(path, (models = new Map()))
    setTimeout(() => byPath.delete(path), 0)
  }

  return models
}
