import {limits} from '../description.js'
import type {LayerForm, TensorShape, TensorSpec} from '../layers/index.js'
import {layerForm} from '../layers/index.js'
import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import type {Span} from './code-problem.js'
import {CodeStop, stop} from './code-problem.js'
import type {
  KerasSubclass,
  KerasTensor,
  LayerObject,
  ModuleObject,
  Parameter,
  Value
} from './code-values.js'
import {isKind} from './code-values.js'
import type {Arguments} from './definitions.js'
import {callArgumentsOf, methodOf, runFunction, runWith} from './definitions.js'
import {unknown} from './evaluate.js'
import {applyLayer, tensorsIn} from './keras-graph.js'
import {sizesHint} from './layer-args.js'
import type {SyntaxNode} from './python-tree.js'
import {kids} from './python-tree.js'
import type {Run} from './run-state.js'
import {newParameter} from './torch-modules.js'

// A Keras subclass (of keras.Model or keras.layers.Layer) is read as Keras
// runs it: `__init__` assigns layers to attributes, and each layer is built
// when `call` first calls it, on the width it is given then. The reader
// follows `call` with symbolic tensors, so a layer's width comes from what
// the code hands it, through the same graph as the functional API.

/** An unnamed weight's key until an attribute names it (`self.w = self.add_weight(…)`). */
const placeholder = (parameter: Parameter) => `#${parameter.id}`

/** Keep a weight under a key of its own: a name used twice keeps both (the suffix is not shown). */
function keepWeight(object: ModuleObject, key: string, weight: Parameter): void {
  object.parameters.set(object.parameters.has(key) ? `${key}#${weight.id}` : key, weight)
}

/** `self.x = value` on a Keras subclass: every value kept in the order assigned. */
export function setKerasAttribute(object: ModuleObject, name: string, value: Value): void {
  if (isKind(value, 'parameter') && object.parameters.has(placeholder(value))) {
    object.parameters.delete(placeholder(value))
    keepWeight(object, name, value)
  }
  object.attributes.set(name, value)
}

/** One dimension of a weight's shape: a whole number, or a problem at its text. */
function dimension(value: Value, at: Span): number {
  if (isKind(value, 'unknown'))
    stop(
      'unresolved-size',
      `\`${value.text}\` is only known when the code runs; ${sizesHint(value.text)}.`,
      value.at
    )
  if (value === null)
    stop(
      'unknown-input-width',
      `This weight's shape holds a width the reader cannot follow (the input's, \`input_shape[-1]\`, is not known here): give the model's input shape with model.build((None, None, width)).`,
      at
    )
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    stop(
      'bad-layer-argument',
      `A weight's shape takes whole numbers, not \`${String(value)}\`.`,
      at
    )
  if (value > limits.size)
    stop('out-of-range', `${value} is more than the largest size counted (${limits.size}).`, at)
  return value
}

/**
 * `self.add_weight(shape=(…), trainable=…, name=…)` (Keras 3), or Keras 2's
 * `add_weight(name, shape)`: a weight of that shape, counted as nn.Parameter is.
 */
function addWeight(call: Call, object: ModuleObject): Parameter {
  const {run} = call
  const values = positionalValues(call)
  const keras2 = typeof values[0] === 'string'
  const name = argument(call, 'name') ?? (keras2 ? values[0] : undefined)
  const shape = argument(call, 'shape') ?? (keras2 ? values[1] : values[0]) ?? []
  const dims = (Array.isArray(shape) ? shape : [shape]).map((d) => dimension(d, call.node))
  const form = layerForm('pytorch', 'Parameter') as LayerForm
  const result = form.build({
    className: 'Parameter',
    args: {data: dims, requires_grad: argument(call, 'trainable') !== false},
    inputs: []
  })
  const [spec] = (result as Extract<typeof result, {ok: true}>).tensors as [TensorSpec]
  const weight = newParameter(run, spec.shape, spec.factors, call.node, spec.trainable)
  keepWeight(object, typeof name === 'string' ? name : placeholder(weight), weight)
  return weight
}

/** `(None, None, 8)` as Keras's build takes it: the shape without its batch dimension. */
function withoutBatch(value: Value): TensorShape {
  return (value as Value[]).slice(1).map((d) => (typeof d === 'number' ? d : null))
}

/** `model.build((None, None, 8))` or `model.build([(…), (…)])`: the shapes of its inputs. */
function buildShapes(call: Call): readonly TensorShape[] | undefined {
  const shape = argument(call, 'input_shape', 0)
  if (!Array.isArray(shape)) return undefined
  return Array.isArray(shape[0]) ? shape.map(withoutBatch) : [withoutBatch(shape)]
}

/** Methods of a Keras subclass: add_weight, build, and the methods its class defines. */
export function kerasObjectMethod(call: Call, object: ModuleObject, name: string): Value {
  const state = object.keras as KerasSubclass
  if (name === 'add_weight') return addWeight(call, object)
  if (name === 'build') {
    const shapes = buildShapes(call)
    if (shapes) state.input = shapes
    return null
  }
  const method = methodOf(call.run, object, name)
  return method ? runFunction(call, method[0], object, method[1]) : unknown(call.run, call.node)
}

/** The input shape Keras hands `build`: batch first, a list for several inputs; unknown widths None. */
function inputShapeValue(first: Value | undefined): Value {
  if (isKind(first, 'tensor')) return [null, ...first.shape]
  if (Array.isArray(first) && first.length > 0 && first.every((item) => isKind(item, 'tensor')))
    return first.map((item) => [null, ...(item as KerasTensor).shape])
  return [null, null]
}

/**
 * Follow a Keras subclass's `call` on arguments: its `build(self,
 * input_shape)` first, once; then `call`, whose layers build on their first
 * call. Returns what `call` returns.
 */
export function followCall(run: Run, object: ModuleObject, args: Arguments, at: Span): Value {
  const state = object.keras as KerasSubclass
  const first = args.positional[0] ?? args.keyword('inputs')
  if (!state.built) {
    state.built = true
    const build = methodOf(run, object, 'build')
    const shape = inputShapeValue(first)
    if (build)
      runWith(
        run,
        build[0],
        {positional: [shape], keyword: () => undefined, keywords: () => new Map()},
        at,
        object,
        build[1]
      )
  }
  const method = methodOf(run, object, 'call')
  if (!method) return {kind: 'unknown', at, text: run.text(at)}
  run.kerasDepth++
  try {
    const output = runWith(run, method[0], args, at, object, method[1])
    if (!state.shapes) {
      state.shapes = {
        inputs: tensorsIn(first).map((tensor) => tensor.shape),
        output: tensorsIn(output)[0]?.shape ?? [null]
      }
    }
    return output
  } finally {
    run.kerasDepth--
  }
}

/**
 * `layer(x)` on a Keras subclass: its `call` followed. A model applied to
 * data at the top level (`model(batch)`) is not: the reader follows its
 * `call` on symbolic inputs instead (keras-subclass-layers.ts).
 */
export function callKerasObject(call: Call, object: ModuleObject): Value {
  const args = callArgumentsOf(call)
  const given = [...call.args.keywords.keys()].map((name) => args.keyword(name) as Value)
  if (call.run.kerasDepth > 0) return followCall(call.run, object, args, call.node)
  if (tensorsIn([...args.positional, ...given]).length === 0) return unknown(call.run, call.node)
  // In a functional model: its layers join the graph, but weights of its own would be lost.
  const output = followCall(call.run, object, args, call.node)
  if (holdsWeights(object, new Set()))
    stop(
      'unsupported-code',
      `${object.type} makes weights of its own (add_weight), which a functional model built around it does not list: make the model a subclass of keras.Model whose \`call\` calls it.`,
      call.node
    )
  return output
}

/** Whether a subclass, or one it holds, made weights with add_weight. */
function holdsWeights(object: ModuleObject, seen: Set<ModuleObject>): boolean {
  seen.add(object)
  return (
    object.parameters.size > 0 ||
    [...object.attributes.values()].some(
      (value) =>
        isKind(value, 'module') &&
        value.keras !== undefined &&
        !seen.has(value) &&
        holdsWeights(value, seen)
    )
  )
}

/** The names of a `call`'s inputs: its parameters after `self` that have no default. */
export function callInputs(run: Run, method: SyntaxNode): string[] {
  const params = kids(method).find((part) => part.name === 'ParamList') as SyntaxNode
  const names: string[] = []
  for (let child = params.firstChild; child; child = child.nextSibling) {
    if (child.name === '*' || child.name === '**') break
    if (child.name === 'VariableName' && child.nextSibling?.name !== 'AssignOp')
      names.push(run.text(child))
  }
  return names.slice(1)
}

/** A first input of unknown width takes the width the layer declares (`input_shape=…`). */
function declaredInput(layer: LayerObject, inputs: readonly Value[]): readonly Value[] {
  const [first] = inputs
  const shape = isKind(first, 'tensor') ? first.shape : undefined
  if (!layer.input || layer.built || (shape && shape.at(-1) != null)) return inputs
  const given: KerasTensor = {
    kind: 'tensor',
    shape: layer.input,
    layers: isKind(first, 'tensor') ? first.layers : new Set(),
    source: isKind(first, 'tensor') ? first.source : {name: '', index: 0}
  }
  return [given, ...inputs.slice(1)]
}

/**
 * A layer called inside a subclass's `call`: built on what it is handed. A
 * width that stays unknown is a problem at the layer's text saying how to give it.
 */
export function subclassLayerCall(call: Call, layer: LayerObject, inputs: readonly Value[]): Value {
  const handed = declaredInput(layer, inputs)
  try {
    return applyLayer(call, layer, handed)
  } catch (error) {
    if (!(error instanceof CodeStop) || error.problem.ruleId !== 'unknown-input-width') throw error
    // Unknown itself, or a tensor whose width an operation the reader does not follow lost.
    const lost =
      handed.find((value) => isKind(value, 'unknown')) ??
      tensorsIn([...handed]).find((tensor) => tensor.widthFrom?.operation)?.widthFrom?.unknown
    const input = tensorsIn([...handed]).find((tensor) => tensor.layers.size === 0)
    const why = isKind(lost, 'unknown')
      ? `\`${lost.text}\` is not a tensor the reader can follow`
      : input
        ? `the model's input \`${input.source.name}\` has no width given`
        : 'its input width is not known here'
    return stop(
      'unknown-input-width',
      `${layer.className}, called as \`${call.run.text(call.node)}\`, cannot know its input's width: ${why}. Give the model's input shape with model.build((None, None, width)) after the model is made, or input_shape=(None, width) on this layer.`,
      layer.at
    )
  }
}
