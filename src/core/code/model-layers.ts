import {lazyReason} from '../layers/dense.js'
import type {TensorShape} from '../layers/index.js'
import {returnedStates} from '../layers/recurrent-states.js'
import type {CodeInput, CodeModule, HeldTensor, LayerEntry} from './code-breakdown.js'
import {spanOf, stop} from './code-problem.js'
import type {Connection, KerasModel, LayerObject, ModuleObject} from './code-values.js'
import {buildLayer} from './keras-graph.js'
import type {Run} from './run-state.js'
import {moduleParameters, parameterPaths} from './torch-modules.js'

/** Only the offsets: a syntax node would keep the parsed tree alive. */

export interface ModelLayers {
  readonly layers: LayerEntry[]
  readonly held: HeldTensor[]
  /** Keras functional models' Inputs. */
  readonly inputs: CodeInput[]
  /** PyTorch: every module, containers too, in the order print(model) lists them. */
  readonly modules: CodeModule[]
}

/** Each module that is a layer or holds parameters of its own, under a path prefix. */
export function torchLayers(root: ModuleObject, prefix: string, into: ModelLayers): void {
  const seen = new Set(into.held.map((tensor) => tensor.parameter))
  const walk = (module: ModuleObject, path: string) => {
    if (module.attributes.has('__lazy'))
      stop('unknown-input-width', lazyReason(module.type) + '.', module.at)
    if (module.layer || module.parameters.size > 0) {
      const width = module.layer ? module.output.at(-1) : undefined
      into.layers.push({
        name: path,
        type: module.type,
        source: spanOf(module.at),
        ...(typeof width === 'number' ? {outputWidth: width} : {})
      })
    }
    for (const [name, child] of module.children) {
      const childPath = path ? `${path}.${name}` : name
      into.modules.push({
        path: childPath,
        name,
        type: child.type,
        depth: depth(childPath),
        source: spanOf(child.at)
      })
      walk(child, childPath)
    }
  }
  const depth = (path: string) => path.split('.').length - (prefix ? 1 : 0)
  into.modules.push({path: prefix, name: prefix, type: root.type, depth: 0})
  walk(root, prefix)
  const paths = parameterPaths(root, prefix)
  for (const placed of moduleParameters(root, prefix)) {
    if (seen.has(placed.parameter)) continue
    // A module's tensors belong to it; a layer's dotted names (out_proj.weight) to the layer.
    into.held.push({
      layer: placed.modulePath,
      name: placed.path.slice(placed.modulePath ? placed.modulePath.length + 1 : 0),
      parameter: placed.parameter,
      trainable: placed.parameter.trainable,
      tiedTo: (paths.get(placed.parameter) as string[]).filter((path) => path !== placed.path)
    })
  }
}

/** The shape a Sequential's first layer reads: an Input, input_shape, or nothing for an Embedding. */
function sequentialInput(model: KerasModel): TensorShape {
  const first = model.layers[0] as LayerObject
  const input = model.input ?? first.input
  if (input) return input
  if (first.form.readsInput)
    stop(
      'unknown-input-width',
      `${first.className} is the first layer and its input's width is not given: write keras.Input(shape=…) first in the Sequential, or input_shape=… on this layer.`,
      first.at
    )
  return [null]
}

/** A Keras model's layers, a Sequential built through in order. */
export function kerasLayers(run: Run, model: KerasModel, into: ModelLayers): void {
  if (!model.functional && model.layers.length > 0) {
    let shape = sequentialInput(model)
    let sources: Connection[] = []
    const first = model.layers[0] as LayerObject
    let widthFrom = model.input ? model.inputWidthFrom : first.inputWidthFrom
    for (const layer of model.layers) {
      if (layer.className === 'Bidirectional' && layer.args.merge_mode === null)
        stop(
          'bad-layer-argument',
          'Bidirectional with merge_mode=None has two outputs, which a Sequential cannot hand on: build this model with the functional API.',
          layer.at
        )
      shape = buildLayer(run, layer, [shape], layer.at, sources, widthFrom)
      sources = [{name: layer.name, index: 0}]
      if (shape.at(-1) != null) widthFrom = undefined
    }
  }
  const known = new Set(into.inputs.map((input) => input.name))
  for (const input of model.inputs ?? [])
    if (!known.has(input.name)) into.inputs.push({name: input.name, shape: [null, ...input.shape]})
  // A layer two models share (training and inference models) is counted once.
  const listed = new Set(into.layers.map((layer) => layer.name))
  for (const layer of model.layers.filter((each) => !listed.has(each.name))) {
    const built = layer.built as NonNullable<LayerObject['built']>
    kerasLayerRow(layer, layer.name, built.sources, layer.trainable, into)
  }
}

/**
 * A built Keras layer's row and tensors, under `name` (its own, or its
 * attribute path in a subclass), read from `sources` (the edges into it),
 * its tensors trainable where `trainable` and their spec say so.
 */
export function kerasLayerRow(
  layer: LayerObject,
  name: string,
  sources: readonly {readonly name: string; readonly index: number}[],
  trainable: boolean,
  into: ModelLayers
): void {
  const built = layer.built as NonNullable<LayerObject['built']>
  into.layers.push({
    name,
    type: layer.className,
    outputShape: [null, ...built.output],
    ...(layer.returnState
      ? {stateShapes: returnedStates(layer, built.output).map((shape) => [null, ...shape])}
      : {}),
    inputs: [...new Set(sources.map((source) => source.name))],
    connections: sources.map((source) => `${source.name}[0][${source.index}]`),
    inputShapes: built.inputs.map((shape) => [null, ...shape]),
    source: spanOf(layer.at)
  })
  built.tensors.forEach((parameter, index) => {
    into.held.push({
      layer: name,
      name: built.names[index] as string,
      parameter,
      trainable: trainable && parameter.trainable
    })
  })
}
