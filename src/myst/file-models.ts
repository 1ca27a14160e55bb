import type {VFile} from 'vfile'
import type {DirectiveLike} from '../directives/directive-attributes.js'
import {splitAttributes} from '../directives/directive-attributes.js'
import type {FileContext} from '../directives/file-context.js'
import {placementCounter} from '../directives/file-context.js'
import type {ModelRegistry} from '../directives/models.js'
import type {DiagramPlacement} from '../render/index.js'

const byPath = new Map<string, ModelRegistry>()
const byFile = new WeakMap<VFile, ModelRegistry>()

function registryOf(file: VFile): ModelRegistry {
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

const samePlace = (a: DirectiveLike, b: DirectiveLike) =>
  a.position?.start.line === b.position?.start.line &&
  a.position?.start.column === b.position?.start.column

/**
 * The named models of the page a directive stands in. MyST runs a page's
 * directives in document order, then its roles, but gives each markdown cell
 * of a notebook its own file object, parsing the cells one after another in
 * one turn of the event loop. So the models are kept by path for that turn:
 * every cell sees the models of the cells above it, and a page parsed again
 * later (`myst start` after an edit) starts afresh. Exports built side by
 * side parse a page several times in one turn; a model defined again by the
 * directive at the same place is that directive's earlier parse, not a
 * duplicate.
 */
export function modelsFor(file: VFile | undefined, directive: DirectiveLike): ModelRegistry {
  if (!file) return new Map()
  const models = registryOf(file)
  const {id} = splitAttributes(directive)
  const earlier = id ? models.get(id) : undefined
  if (id && earlier && samePlace(earlier.node, directive)) models.delete(id)
  return models
}

const diagramCounters = new Map<string, {first: string | undefined; count: number}>()

/**
 * The page's diagram ids for one directive (`rnn-diagram-1`, …; the
 * stylesheet in the first only), counted like its models: by path for one
 * parse, starting again when the first diagram's directive comes round again
 * (the page parsed once more for another export).
 */
export function pageDiagrams(
  file: VFile | undefined,
  directive: DirectiveLike
): () => DiagramPlacement {
  return (): DiagramPlacement => {
    const key = file?.path
    let state = key ? diagramCounters.get(key) : undefined
    if (!state) {
      state = {first: undefined, count: 0}
      if (key) {
        diagramCounters.set(key, state)
        setTimeout(() => diagramCounters.delete(key), 0)
      }
    }

    const place = `${directive.position?.start.line}:${directive.position?.start.column}`
    if (state.first === place) state.count = 0
    if (state.count === 0) state.first = place
    state.count++
    return {id: `rnn-diagram-${state.count}`, stylesheet: state.count === 1}
  }
}

/**
 * The file context of one directive of a page: the page's models and diagram
 * ids so far. Quiz ids only name the self-check form's fields, which MyST
 * leaves out (see to-myst.ts), so each quiz counts its own.
 */
export function pageContext(file: VFile | undefined, directive: DirectiveLike): FileContext {
  return {
    models: modelsFor(file, directive),
    nextDiagram: pageDiagrams(file, directive),
    nextQuiz: placementCounter('rnn-quiz'),
    // An explorer's fields live in its own widget's shadow root: ids need only differ within it.
    nextExplorer: placementCounter('rnn-explorer')
  }
}
