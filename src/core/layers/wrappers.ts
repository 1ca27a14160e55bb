import {built, failed, flag, kerasSnake} from './layer-helpers.js'
import type {
  ArgValue,
  Built,
  InnerLayer,
  LayerCall,
  LayerForm,
  LayerSpec,
  TensorShape,
  TensorSpec
} from './layer-spec.js'

export const isInner = (value: ArgValue | undefined): value is InnerLayer =>
  typeof value === 'object' && value !== null && 'inner' in value

/** Build a wrapped layer on some inputs, its tensors' names under `prefix`. */
export function buildInner(
  value: ArgValue | undefined,
  inputs: readonly TensorShape[],
  prefix: string,
  extra: Readonly<Record<string, ArgValue>> = {}
): Built {
  if (!isInner(value)) return failed('expects a layer as its first argument')
  const result = value.inner.build({
    className: value.className,
    args: {...value.args, ...extra},
    inputs
  })
  if (!result.ok) return result
  const tensors = result.tensors.map((t): TensorSpec => ({...t, name: prefix + t.name}))
  return built(tensors, result.output)
}

/** `RNN(cell)` or `RNN([cell, cell])`: the cells stacked, each reading the one before. */
function buildRnn(call: LayerCall): Built {
  const cells = Array.isArray(call.args.cell) ? call.args.cell : [call.args.cell]
  const tensors: TensorSpec[] = []
  let shape = call.inputs[0] ?? [null]
  let sequence = shape
  for (const [index, cell] of cells.entries()) {
    const prefix = cells.length > 1 ? `cell_${index}/` : ''
    const result = buildInner(cell, [shape], prefix)
    if (!result.ok) return result
    tensors.push(...result.tensors)
    shape = [shape[0] ?? null, ...result.output]
    sequence = result.output
  }
  const output = flag(call.args, 'return_sequences') ? shape : sequence
  return built(tensors, output)
}

/** Keras `RNN(cell)`: a layer over a sequence from one or several cells. */
export const rnnWrapper: LayerSpec = {
  kind: 'rnn-wrapper',
  summary: 'Keras RNN(cell): runs a cell (or a list of stacked cells) over a sequence',
  forms: [
    {
      framework: 'keras',
      names: ['RNN'],
      args: [
        {name: 'cell', position: 0},
        {name: 'return_sequences', default: false}
      ],
      readsInput: true,
      build: buildRnn
    }
  ]
}

const mergeWidth: Readonly<Record<string, number>> = {concat: 2, sum: 1, mul: 1, ave: 1}

/** Keras `Bidirectional(layer, merge_mode=…)`: a forward and a backward copy of the layer. */
export const bidirectionalForm: LayerForm = {
  framework: 'keras',
  names: ['Bidirectional'],
  args: [
    {name: 'layer', position: 0},
    {name: 'merge_mode', position: 1, default: 'concat'}
  ],
  readsInput: true,
  build(call) {
    const merge = call.args.merge_mode === null ? 'None' : String(call.args.merge_mode)
    const factor = mergeWidth[merge]
    if (factor === undefined)
      return failed(`merge_mode=${merge} is not one of concat, sum, mul, ave`)
    const inner = call.args.layer as InnerLayer
    const name = kerasSnake(String(inner?.className))
    const forward = buildInner(inner, call.inputs, `forward_${name}/`)
    if (!forward.ok) return forward
    const backward = buildInner(inner, call.inputs, `backward_${name}/`)
    const width = (forward.output.at(-1) as number) * factor
    return built(
      [...forward.tensors, ...(backward as typeof forward).tensors],
      [...forward.output.slice(0, -1), width]
    )
  }
}

/** Bidirectional as a kind of layer, for the generated table. */
export const bidirectional: LayerSpec = {
  kind: 'bidirectional',
  summary: 'two copies of a recurrent layer, one per direction; concat doubles the width',
  forms: [bidirectionalForm]
}

/** Keras `TimeDistributed(layer)`: one layer applied at every step, its weights shared. */
export const timeDistributed: LayerSpec = {
  kind: 'time-distributed',
  summary: 'one layer applied to every step of a sequence, its weights shared',
  forms: [
    {
      framework: 'keras',
      names: ['TimeDistributed'],
      args: [{name: 'layer', position: 0}],
      readsInput: true,
      build(call) {
        const [steps = null, ...step] = call.inputs[0] ?? []
        const result = buildInner(call.args.layer, [step], '')
        return result.ok ? built(result.tensors, [steps, ...result.output]) : result
      }
    }
  ]
}
