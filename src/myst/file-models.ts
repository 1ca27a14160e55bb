import type {VFile} from 'vfile'
import type {ModelRegistry} from '../directives/models.js'

const registries = new WeakMap<VFile, ModelRegistry>()

/**
 * The named models of the page being parsed. MyST runs every directive of a
 * page in document order, then every role, all with the same file, so the
 * file keys the page's models as the remark plugin's one pass does.
 */
export function modelsOf(file: VFile | undefined): ModelRegistry {
  if (!file) return new Map()
  let models = registries.get(file)
  if (!models) {
    models = new Map()
    registries.set(file, models)
  }

  return models
}
