import type {LayerObject, Parameter, Value} from './code-values.js'
import {isKind, isObject} from './code-values.js'
import {unknown} from './evaluate.js'
import type {SyntaxNode} from './python-tree.js'
import type {Run} from './run-state.js'
import {moduleParameters} from './torch-modules.js'

/** `object.property` as far as the reader knows it; methods come back bound, to be called. */
export function memberOf(run: Run, object: Value, property: string, node: SyntaxNode): Value {
  if (!isObject(object)) {
    return Array.isArray(object) || typeof object === 'string'
      ? {kind: 'method', self: object, name: property}
      : unknown(run, node)
  }
  switch (object.kind) {
    case 'unknown':
      // `input_lang.n_words`: the whole dotted name is what the author gives in sizes.
      return unknown(run, node)
    case 'path':
      return {kind: 'path', path: `${object.path}.${property}`}
    case 'module': {
      const found =
        object.children.get(property) ??
        object.parameters.get(property) ??
        object.attributes.get(property) ??
        layerArgument(object.layer, property)
      return found ?? {kind: 'method', self: object, name: property}
    }
    case 'dict':
      // self.hparams.hidden_size: a dict read as a namespace.
      return object.entries.get(property) ?? {kind: 'method', self: object, name: property}
    case 'keras-model':
      return property === 'layers' ? object.layers : {kind: 'method', self: object, name: property}
    case 'layer':
      return property === 'trainable'
        ? object.trainable
        : {kind: 'method', self: object, name: property}
    case 'parameter':
      if (property === 'requires_grad') return object.trainable
      if (property === 'data') return object
      return property === 'shape'
        ? [...object.shape]
        : {kind: 'method', self: object, name: property}
    case 'tensor':
      // A Keras tensor's shape, batch first (`inputs.shape[-1]`).
      return property === 'shape'
        ? [null, ...object.shape]
        : {kind: 'method', self: object, name: property}
    case 'torch-tensor':
      return property === 'shape'
        ? [...object.shape]
        : {kind: 'method', self: object, name: property}
    default:
      return {kind: 'method', self: object, name: property}
  }
}

/** `self.lstm.hidden_size`: a torch.nn layer's constructor argument, as the layer keeps it. */
function layerArgument(layer: LayerObject | undefined, property: string): Value | undefined {
  const value = layer?.args[property]
  return typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}

/** The parameters an object holds: a module's (each once), a parameter itself, or none. */
export function parametersOf(value: Value): Parameter[] {
  if (isKind(value, 'module')) return moduleParameters(value).map(({parameter}) => parameter)
  return isKind(value, 'parameter') ? [value] : []
}
