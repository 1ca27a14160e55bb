import type {LayerForm, TensorShape} from '../layers/index.js'
import {returnedStates} from '../layers/recurrent-states.js'
import type {Call} from './calls.js'
import {argument} from './calls.js'
import type {Span} from './code-problem.js'
import {stop} from './code-problem.js'
import type {Connection, KerasTensor, LayerObject, Value, WidthFrom} from './code-values.js'
import {isKind} from './code-values.js'
import {edgesOf} from './keras-tensor-ops.js'
import {sizesHint} from './layer-args.js'
import type {Run} from './run-state.js'
import {newParameter} from './torch-modules.js'

/** Every Keras tensor inside a value (a tensor, a list of them, a dict of them). */
export function tensorsIn(value: Value | undefined): KerasTensor[] {
  if (isKind(value, 'tensor')) return [value]
  if (Array.isArray(value)) return value.flatMap(tensorsIn)
  if (isKind(value, 'dict')) return [...value.entries.values()].flatMap(tensorsIn)
  return []
}

/** The inputs of a layer call as its form takes them: one tensor, a list, or query/value/key. */
export function inputTensors(call: Call, form: LayerForm): Value[] {
  if (form.inputs === 'attention') {
    return ['query', 'value', 'key']
      .map((name, i) => argument(call, name, i))
      .filter((value) => value !== undefined)
  }
  const first = argument(call, 'inputs', 0) ?? null
  return form.inputs === 'list' && Array.isArray(first) ? first : [first]
}

/** A shape for an input the reader cannot follow: nothing known about it. */
const unknownShape: TensorShape = []

/** A layer needs a width the code only knows at run time: ask for it at that text. */
function askWidth(className: string, {unknown, wholeShape, operation}: WidthFrom): never {
  if (operation)
    stop(
      'unknown-input-width',
      `${className} needs its input's width, but \`${unknown.text}\` is an operation the reader does not follow: write it with Keras layers (see docs/model-code.md).`,
      unknown.at
    )
  const ask = wholeShape
    ? 'write that shape as numbers here (shape=(steps, features))'
    : sizesHint(unknown.text)
  return stop(
    'unresolved-size',
    `${className} needs its input's width, but \`${unknown.text}\` is only known when the code runs; ${ask}.`,
    unknown.at
  )
}

/**
 * Build a layer on its first inputs: its tensors become parameters. A layer
 * called again (shared weights) must see the same widths, and adds none.
 */
export function buildLayer(
  run: Run,
  layer: LayerObject,
  shapes: readonly TensorShape[],
  at: Span,
  sources: readonly Connection[],
  widthFrom?: WidthFrom
): TensorShape {
  if (layer.built) {
    if (
      layer.form.readsInput &&
      JSON.stringify(shapes.map((s) => s.at(-1))) !==
        JSON.stringify(layer.built.inputs.map((s) => s.at(-1)))
    )
      stop(
        'bad-layer-argument',
        `${layer.name} is called again on inputs of another width; Keras would refuse it.`,
        at
      )
    return layer.built.output
  }
  const result = layer.form.build({className: layer.className, args: layer.args, inputs: shapes})
  if (!result.ok && result.width && widthFrom) askWidth(layer.className, widthFrom)
  if (!result.ok) {
    stop(
      result.width ? 'unknown-input-width' : 'bad-layer-argument',
      `${layer.className}: ${result.reason}.`,
      at
    )
  }
  layer.built = {
    tensors: result.tensors.map((t) =>
      newParameter(run, t.shape, t.factors, layer.at, t.trainable)
    ),
    names: result.tensors.map((t) => t.name),
    inputs: shapes,
    output: result.output,
    sources
  }
  return result.output
}

/** The extra outputs of a call: the backward sequence of merge_mode=None, then the states (returnedStates). */
function extraOutputs(layer: LayerObject, output: TensorShape): TensorShape[] {
  const split = layer.className === 'Bidirectional' && layer.args.merge_mode === null
  const states = layer.returnState ? returnedStates(layer, output) : []
  return [...(split ? [output] : []), ...states]
}

/** Call a layer on tensors: the output tensor(s), carrying every layer they were computed with. */
export function applyLayer(call: Call, layer: LayerObject, inputs: readonly Value[]): Value {
  const tensors = inputs.map((value) => (isKind(value, 'tensor') ? value : undefined))
  const shapes = tensors.map((tensor) => tensor?.shape ?? unknownShape)
  // Every tensor the call reads, keyword arguments too (initial_state=encoder_states).
  const read = new Set(
    tensorsIn([
      ...inputs,
      ...[...call.args.keywords.keys()].map((name) => argument(call, name) as Value)
    ])
  )
  const sources = [...new Set([...read].flatMap(edgesOf))]
  // A width of None from the code's run-time text (`inputs.shape[2]`), asked for where it is.
  const widthFrom = tensors.find(
    (tensor) => tensor?.widthFrom && tensor.shape.at(-1) == null
  )?.widthFrom
  const output = buildLayer(call.run, layer, shapes, call.node, sources, widthFrom)
  const layers = new Set<LayerObject>([layer])
  for (const tensor of read) for (const each of tensor.layers) layers.add(each)
  const result: KerasTensor = {
    kind: 'tensor',
    shape: output,
    layers,
    source: {name: layer.name, index: 0},
    ...(widthFrom && output.at(-1) == null ? {widthFrom} : {})
  }
  const extra = extraOutputs(layer, output)
  if (extra.length === 0) return result
  return [
    result,
    ...extra.map(
      (shape, index): KerasTensor => ({
        kind: 'tensor',
        shape,
        layers,
        source: {name: layer.name, index: index + 1}
      })
    )
  ]
}
