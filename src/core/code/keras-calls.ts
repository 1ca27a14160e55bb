import type {LayerForm, TensorShape} from '../layers/index.js'
import {closestLayer, layerForm} from '../layers/index.js'
import {kerasSnake} from '../layers/layer-helpers.js'
import {didYouMean} from '../suggest.js'
import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import {stop} from './code-problem.js'
import type {KerasModel, KerasTensor, LayerObject, Value, WidthFrom} from './code-values.js'
import {isKind} from './code-values.js'
import {unknown} from './evaluate.js'
import {applyLayer, inputTensors, tensorsIn} from './keras-graph.js'
import {subclassLayerCall} from './keras-subclass.js'
import {readLayerArgs} from './layer-args.js'
import type {SyntaxNode} from './python-tree.js'

/** Keras's functional merges: `concatenate([a, b])` is `Concatenate()([a, b])`. */
const merges: Readonly<Record<string, string>> = {
  concatenate: 'Concatenate',
  add: 'Add',
  subtract: 'Subtract',
  multiply: 'Multiply',
  average: 'Average',
  maximum: 'Maximum',
  minimum: 'Minimum',
  dot: 'Dot'
}

/** What Keras offers besides layer classes: inputs, models and the functional merges. */
export const kerasFunctions: ReadonlySet<string> = new Set([
  'Input',
  'InputLayer',
  'Sequential',
  'Model',
  ...Object.keys(merges)
])

/**
 * The class an alias stands for, as summary() names it: MaxPool1D is
 * MaxPooling1D, GlobalAvgPool1D GlobalAveragePooling1D, Convolution1D Conv1D.
 */
const kerasClass = (name: string) =>
  name
    .replace(/Pool(\dD)$/, 'Pooling$1')
    .replace(/Avg(?=Pooling)/, 'Average')
    .replace(/^Convolution/, 'Conv')

/** `shape=(None, 8)` as a shape; unknown dimensions are None. */
function shapeOf(value: Value | undefined): TensorShape | undefined {
  if (!Array.isArray(value)) return undefined
  return value.map((d) => (typeof d === 'number' ? d : null))
}

/**
 * Where a declared shape's last width comes from when the code only knows it
 * at run time: `shape=(inputs.shape[1], inputs.shape[2])`, or a whole shape
 * `shape=x_train.shape[1:]`; asked for only if a layer needs that width.
 */
function runTimeWidth(value: Value | undefined): WidthFrom | undefined {
  if (isKind(value, 'unknown')) return {unknown: value, wholeShape: true}
  const last = Array.isArray(value) ? value.at(-1) : undefined
  return isKind(last, 'unknown') ? {unknown: last, wholeShape: false} : undefined
}

/** The declared shape argument a run-time width may come from, the first given. */
const shapeArgument = (call: Call, names: readonly string[], position?: number) =>
  names
    .map((name, i) => argument(call, name, i === 0 ? position : undefined))
    .find((value) => value !== undefined)

/** The input shape a first layer declares: input_shape, batch_input_shape or input_dim. */
function declaredInput(call: Call, className: string): TensorShape | undefined {
  const batch = shapeOf(argument(call, 'batch_input_shape'))
  // Embedding's input_dim is its vocabulary; its input_length the sequence.
  const dim = className === 'Embedding' ? undefined : argument(call, 'input_dim')
  const length = argument(call, 'input_length')
  const steps = typeof length === 'number' ? length : null
  // Keras 2's recurrent layers read input_dim as (input_length, input_dim).
  const sequence = /^(CuDNN)?(SimpleRNN|LSTM|GRU)$/.test(className)
  return (
    shapeOf(argument(call, 'input_shape')) ??
    batch?.slice(1) ??
    (typeof dim === 'number' ? (sequence ? [steps, dim] : [dim]) : undefined) ??
    (className === 'Embedding' && steps !== null ? [steps] : undefined)
  )
}

function newLayer(call: Call, form: LayerForm, className: string): LayerObject {
  const {run} = call
  run.countLayer(call.node)
  run.firstKerasLayer ??= {from: call.node.from, to: call.node.to}
  const args = readLayerArgs(run, form, className, call.args, call.scope, call.node)
  const base = kerasSnake(className)
  const seen = run.kerasNames.get(base) ?? 0
  run.kerasNames.set(base, seen + 1)
  const given = argument(call, 'name')
  const layer: LayerObject = {
    kind: 'layer',
    id: run.nextId(),
    form,
    className,
    args,
    at: {from: call.node.from, to: call.node.to},
    name: typeof given === 'string' ? given : seen === 0 ? base : `${base}_${seen}`,
    trainable: argument(call, 'trainable') !== false
  }
  if (run.kerasDepth > 0) run.madeInCall.add(layer)
  const input = declaredInput(call, className)
  if (input) layer.input = input
  const widthFrom = runTimeWidth(
    shapeArgument(call, [
      'input_shape',
      'batch_input_shape',
      ...(className === 'Embedding' ? [] : ['input_dim'])
    ])
  )
  if (widthFrom) layer.inputWidthFrom = widthFrom
  // Bidirectional(LSTM(…, return_state=True)) returns both directions' states.
  const inner = args.layer as {returnState?: boolean} | undefined
  if (argument(call, 'return_state') === true || inner?.returnState) layer.returnState = true
  return layer
}

/** `keras.Sequential([...])`: its layers, and an Input in the list as its input. */
function sequential(call: Call): KerasModel {
  const items = argument(call, 'layers', 0)
  const model: KerasModel = {kind: 'keras-model', at: call.node, layers: [], functional: false}
  for (const item of Array.isArray(items) ? items : []) addToSequential(call, model, item)
  return model
}

function addToSequential(call: Call, model: KerasModel, item: Value): void {
  if (isKind(item, 'tensor')) {
    model.input = item.shape
    if (item.widthFrom) model.inputWidthFrom = item.widthFrom
  } else if (isKind(item, 'layer')) model.layers.push(item)
  else
    stop(
      'bad-layer-argument',
      'Sequential takes layers; this is not one the reader knows.',
      call.node
    )
}

/** `keras.Model(inputs, outputs)`: the layers its outputs were computed with, in the code's order. */
function functionalModel(call: Call): KerasModel {
  // Keras 1 spelt them input= and output=; Keras 2 still took them.
  const outputs = argument(call, 'outputs', 1) ?? argument(call, 'output')
  if (outputs === undefined && (call.args.positional.length > 0 || call.args.keywords.size > 0))
    stop(
      'bad-layer-argument',
      'keras.Model needs its outputs: keras.Model(inputs, outputs).',
      call.node
    )
  const lost = [outputs]
    .flat()
    .find((output) => !isKind(output, 'tensor') && !isKind(output, 'dict'))
  if (isKind(lost, 'unknown'))
    stop(
      'unknown-layer',
      `The model's output \`${lost.text}\` does not come from layers the reader knows; see docs/model-code.md for the layers it counts.`,
      lost.at
    )
  const layers = new Set<LayerObject>()
  for (const tensor of tensorsIn(outputs)) for (const layer of tensor.layers) layers.add(layer)
  const inputs = tensorsIn(argument(call, 'inputs', 0) ?? argument(call, 'input') ?? null)
    .filter((tensor) => tensor.layers.size === 0)
    .map((tensor) => ({name: tensor.source.name, shape: tensor.shape}))
  return {
    kind: 'keras-model',
    at: call.node,
    layers: [...layers].sort((a, b) => a.id - b.id),
    functional: true,
    inputs,
    outputs: outputs ?? null
  }
}

/** An Input's name as Keras gives it: `name=…`, else `input_layer`, `input_layer_1`, … */
function inputName(call: Call): string {
  const given = argument(call, 'name')
  const seen = call.run.kerasNames.get('input_layer') ?? 0
  call.run.kerasNames.set('input_layer', seen + 1)
  if (typeof given === 'string') return given
  return seen === 0 ? 'input_layer' : `input_layer_${seen}`
}

/** keras.Input, Sequential, Model, a layer class, or a functional merge. */
export function kerasCall(call: Call, path: string, callee: SyntaxNode): Value {
  const {run} = call
  const name = path.slice(path.lastIndexOf('.') + 1)
  run.framework ??= 'keras'
  if (name === 'Input' || name === 'InputLayer') {
    const batch = shapeOf(argument(call, 'batch_shape'))
    const shape =
      shapeOf(argument(call, 'shape', 0) ?? argument(call, 'input_shape')) ?? batch?.slice(1)
    const widthFrom = runTimeWidth(shapeArgument(call, ['shape', 'input_shape', 'batch_shape'], 0))
    return {
      kind: 'tensor',
      shape: shape ?? [],
      layers: new Set(),
      source: {name: inputName(call), index: 0},
      ...(widthFrom ? {widthFrom} : {})
    }
  }
  if (/^keras\.(ops|activations)\./.test(path)) return unknown(call.run, call.node)
  if (name === 'Sequential') return sequential(call)
  if (name === 'Model') return functionalModel(call)
  const merge = merges[name]
  if (merge) {
    const form = layerForm('keras', merge) as LayerForm
    const inputs = positionalValues(call)[0]
    // `dot([a, b], axes)`: the layer's own arguments follow the list of inputs.
    const own = {...call, args: {...call.args, positional: call.args.positional.slice(1)}}
    return applyLayer(call, newLayer(own, form, merge), Array.isArray(inputs) ? inputs : [])
  }
  if (!/^[A-Z]/.test(name) || !path.startsWith('keras.layers.')) return unknown(run, call.node)
  const form = layerForm('keras', name)
  if (!form) {
    const suggestion = closestLayer('keras', name)
    stop(
      'unknown-layer',
      `${name} is not a Keras layer the reader knows.${didYouMean(suggestion)} See docs/model-code.md for the layers it counts.`,
      callee
    )
  }
  return newLayer(call, form, kerasClass(name))
}

/** `layer(x)`: the layer built on its first call, its output tensors (and attention scores when asked). */
export function kerasLayerCall(call: Call, layer: LayerObject): Value {
  const inputs = inputTensors(call, layer.form)
  const output =
    call.run.kerasDepth > 0
      ? subclassLayerCall(call, layer, inputs)
      : applyLayer(call, layer, inputs)
  if (argument(call, 'return_attention_scores') !== true) return output
  // The scores' shape (batch, heads, target, source) feeds no layer that counts.
  const scores: KerasTensor = {
    kind: 'tensor',
    shape: [null, null, null],
    layers: new Set([layer]),
    source: {name: layer.name, index: 1}
  }
  return [output, scores]
}

/** A Sequential used as a layer of a functional model: its layers applied in turn. */
export function kerasSequentialCall(call: Call, model: KerasModel): Value {
  let value: Value = argument(call, 'inputs', 0) ?? null
  for (const layer of model.layers) value = applyLayer(call, layer, [value])
  return value
}

/**
 * A functional model called on tensors as a layer of another (an encoder
 * and a decoder inside an autoencoder): its outputs, carrying its layers and
 * those of the tensors it was called on.
 */
export function kerasModelCall(call: Call, model: KerasModel): Value {
  const inputs = tensorsIn(argument(call, 'inputs', 0) ?? null)
  const before = inputs.flatMap((tensor) => [...tensor.layers])
  const carry = (value: Value): Value => {
    if (Array.isArray(value)) return value.map(carry)
    if (!isKind(value, 'tensor')) return value
    return {...value, layers: new Set([...value.layers, ...before])}
  }
  return carry(model.outputs ?? null)
}

/** `model.add(layer)`, `model.build(shape)`, `model.get_layer(name)`; other methods change no count. */
export function kerasMethod(call: Call, model: KerasModel, name: string): Value {
  const [first] = positionalValues(call)
  if (name === 'get_layer') {
    const wanted = argument(call, 'name', 0)
    const index = argument(call, 'index')
    const found =
      typeof index === 'number'
        ? model.layers.at(index)
        : model.layers.find((layer) => layer.name === wanted)
    return found ?? unknown(call.run, call.node)
  }
  if (name === 'add' && first !== undefined) addToSequential(call, model, first)
  if (name === 'build') {
    const shape = shapeOf(argument(call, 'input_shape', 0))
    if (shape) model.input = shape.slice(1)
  }
  return null
}

export type {KerasTensor}
