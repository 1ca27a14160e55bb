import type {CodeInput} from './code-breakdown.js'
import {spanOf, stop} from './code-problem.js'
import type {KerasSubclass, KerasTensor, LayerObject, ModuleObject, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {methodOf} from './definitions.js'
import {buildLayer, tensorsIn} from './keras-graph.js'
import {callInputs, followCall} from './keras-subclass.js'
import type {ModelLayers} from './model-layers.js'
import {kerasLayerRow} from './model-layers.js'
import type {Run} from './run-state.js'

/** Only the offsets: a syntax node would keep the parsed tree alive. */

const join = (path: string, name: string) => (path ? `${path}.${name}` : name)

/** A layer or a Keras subclass found in a model's attributes, at its attribute path. */
interface Found {
  readonly path: string
  readonly value: LayerObject | ModuleObject
  /** The Keras subclass whose attribute it is. */
  readonly owner: ModuleObject
  /** A subclass above it was frozen (`self.encoder.trainable = False`). */
  readonly frozen: boolean
}

/**
 * Follow a model's `call` on one symbolic Input per input it takes (`call(self,
 * inputs)`, `call(self, context, x)`), shaped as `model.build(…)` says, else
 * of unknown width (enough when an Embedding reads it first). Returns the Inputs.
 */
function followModel(run: Run, model: ModuleObject): CodeInput[] {
  const state = model.keras as KerasSubclass
  const method = methodOf(run, model, 'call')
  if (!method || state.shapes) return []
  const names = callInputs(run, method[0])
  const given = state.input
  const tensor = (name: string, shape: KerasTensor['shape']): KerasTensor => ({
    kind: 'tensor',
    shape,
    layers: new Set(),
    source: {name, index: 0}
  })
  // One input given several shapes by build([…, …]) is a list of tensors (`context, x = inputs`).
  const positional: Value[] =
    names.length === 1 && given && given.length > 1
      ? [given.map((shape, index) => tensor(`${names[0]}_${index}`, shape))]
      : names.map((name, index) => tensor(name, given?.[index] ?? [null]))
  followCall(
    run,
    model,
    {positional, keyword: () => undefined, keywords: () => new Map()},
    model.at
  )
  return tensorsIn(positional).map((input) => ({
    name: input.source.name,
    shape: [null, ...input.shape]
  }))
}

/** The layers and subclasses a Keras subclass holds, in the order its attributes were assigned. */
function gather(
  value: Value,
  path: string,
  owner: ModuleObject,
  frozen: boolean,
  seen: Set<Value>,
  found: Found[]
): void {
  if (seen.has(value)) return
  if (isKind(value, 'layer')) {
    seen.add(value)
    found.push({path, value, owner, frozen})
  } else if (isKind(value, 'module') && value.keras) {
    seen.add(value)
    const off = frozen || value.attributes.get('trainable') === false
    found.push({path, value, owner, frozen: off})
    for (const [name, item] of value.attributes)
      gather(item, join(path, name), value, off, seen, found)
  } else if (isKind(value, 'keras-model')) {
    for (const layer of value.layers)
      gather(layer, join(path, layer.name), owner, frozen, seen, found)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      gather(item, join(path, String(index)), owner, frozen, seen, found)
    })
  } else if (isKind(value, 'dict')) {
    for (const [name, item] of value.entries)
      gather(item, join(path, name), owner, frozen, seen, found)
  }
}

/** A layer with weights made inside `call`: Keras would make it anew on every call, and not track it. */
function untracked(run: Run, tracked: ReadonlySet<Value>): void {
  for (const layer of run.madeInCall) {
    if (tracked.has(layer) || !layer.built?.tensors.length) continue
    stop(
      'unsupported-code',
      `${layer.className} is made inside \`call\`, so the model does not track its weights (and Keras would make new ones on every call): make it in \`__init__\` as an attribute (self.… = …).`,
      layer.at
    )
  }
}

/** A layer that no followed `call` called: built if it reads no input, else a problem at its text. */
function buildUncalled(run: Run, {value, owner}: Found): void {
  const layer = value as LayerObject
  if (layer.built) return
  if (!layer.form.readsInput) {
    buildLayer(run, layer, [[null]], layer.at, [])
    return
  }
  const reason = methodOf(run, owner, 'call')
    ? `${owner.type} never calls it in a \`call\` the reader follows`
    : `${owner.type} has no \`call\` method the reader can follow`
  stop(
    'unknown-input-width',
    `${layer.className}: ${reason}, so its input width is unknown (Keras builds a layer on its first call). Call it from \`call(self, inputs)\`, or build the model with keras.Sequential or the functional API.`,
    layer.at
  )
}

/** A layer's row: its attribute path, its first call's shapes, and the layers and Inputs it read. */
function layerRow(found: Found, rename: ReadonlyMap<string, string>, into: ModelLayers): void {
  const layer = found.value as LayerObject
  const built = layer.built as NonNullable<LayerObject['built']>
  const sources = built.sources
    .filter((source) => rename.has(source.name))
    .map((source) => ({name: rename.get(source.name) as string, index: source.index}))
  kerasLayerRow(layer, found.path, sources, !found.frozen && layer.trainable, into)
}

/** A subclass's own weights (`add_weight`), as a row of their own. */
function weightsRow(found: Found, into: ModelLayers): void {
  const object = found.value as ModuleObject
  if (object.parameters.size === 0) return
  const shapes = (object.keras as KerasSubclass).shapes
  into.layers.push({
    name: found.path,
    type: object.type,
    outputShape: [null, ...(shapes?.output ?? [null])],
    inputs: [],
    connections: [],
    inputShapes: (shapes?.inputs ?? [[null]]).map((shape) => [null, ...shape]),
    source: spanOf(object.at)
  })
  for (const [key, parameter] of object.parameters) {
    into.held.push({
      layer: found.path,
      // An unnamed weight is Keras's `variable`; a repeated name drops its suffix.
      name: key.replace(/#\d+$/, '') || 'variable',
      parameter,
      trainable: !found.frozen && parameter.trainable
    })
  }
}

/**
 * A Keras subclass model's layers: its `call` followed, then every layer it
 * holds by attribute path (`encoder.rnn`), each once, and its subclasses'
 * own weights. A layer whose width stays unknown is a problem at its text.
 */
export function kerasSubclassLayers(
  run: Run,
  model: ModuleObject,
  prefix: string,
  into: ModelLayers
): void {
  const known = new Set(into.inputs.map((input) => input.name))
  for (const input of followModel(run, model)) if (!known.has(input.name)) into.inputs.push(input)
  const found: Found[] = []
  const seen = new Set<Value>()
  gather(model, prefix, model, false, seen, found)
  untracked(run, seen)
  const rename = new Map(into.inputs.map((input) => [input.name, input.name]))
  for (const each of found) {
    if (isKind(each.value, 'layer')) {
      buildUncalled(run, each)
      rename.set(each.value.name, each.path)
    }
  }
  const counted = new Set(into.held.map((tensor) => tensor.parameter))
  for (const each of found) {
    if (!isKind(each.value, 'layer')) weightsRow(each, into)
    // A layer two models built side by side share is counted with the first.
    else if (!each.value.built?.tensors.some((tensor) => counted.has(tensor)))
      layerRow(each, rename, into)
  }
}
