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

/** Cells stacked, each reading the sequence of the one before: their tensors and last shapes. */
function stackCells(
  cells: readonly ArgValue[],
  input: TensorShape
): Built & {readonly sequence?: TensorShape} {
  const tensors: TensorSpec[] = []
  let shape = input
  let last = input
  for (const [index, cell] of cells.entries()) {
    const prefix = cells.length > 1 ? `cell_${index}/` : ''
    const result = buildInner(cell, [shape], prefix)
    if (!result.ok) return result
    tensors.push(...result.tensors)
    shape = [shape[0] ?? null, ...result.output]
    last = result.output
  }
  return {...built(tensors, last), sequence: shape}
}

/** `RNN(cell)` or `RNN([cell, cell])`: the cells stacked, each reading the one before. */
function buildRnn(call: LayerCall): Built {
  const cells = Array.isArray(call.args.cell) ? call.args.cell : [call.args.cell]
  const result = stackCells(cells, call.inputs[0] ?? [null])
  if (!result.ok || !flag(call.args, 'return_sequences')) return result
  return built(result.tensors, result.sequence as TensorShape)
}

/** Keras `StackedRNNCells([cell, cell])`: cells as one cell, for RNN(…). */
export const stackedCellsForm: LayerForm = {
  framework: 'keras',
  names: ['StackedRNNCells'],
  args: [{name: 'cells', position: 0}],
  readsInput: true,
  build: (call) => {
    const result = stackCells(call.args.cells as readonly ArgValue[], call.inputs[0] ?? [null])
    return result.ok ? built(result.tensors, result.output) : result
  }
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
    },
    stackedCellsForm
  ]
}

/** How a merge mode joins the two directions' widths; None keeps them apart (two outputs). */
const mergeWidth: Readonly<Record<string, (forward: number, backward: number) => number>> = {
  concat: (forward, backward) => forward + backward,
  sum: (forward) => forward,
  mul: (forward) => forward,
  ave: (forward) => forward,
  None: (forward) => forward
}

/**
 * Keras `Bidirectional(layer, merge_mode=…)`: a forward and a backward copy
 * of the layer, or `backward_layer=` of its own size.
 */
export const bidirectionalForm: LayerForm = {
  framework: 'keras',
  names: ['Bidirectional'],
  args: [
    {name: 'layer', position: 0},
    {name: 'merge_mode', position: 1, default: 'concat'},
    {name: 'backward_layer', default: null}
  ],
  readsInput: true,
  build(call) {
    const merge = call.args.merge_mode === null ? 'None' : String(call.args.merge_mode)
    const join = mergeWidth[merge]
    if (join === undefined)
      return failed(`merge_mode=${merge} is not one of concat, sum, mul, ave, None`)
    const inner = call.args.layer as InnerLayer
    const back = isInner(call.args.backward_layer) ? call.args.backward_layer : inner
    const name = (layer: InnerLayer) => kerasSnake(String(layer?.className))
    const forward = buildInner(inner, call.inputs, `forward_${name(inner)}/`)
    if (!forward.ok) return forward
    const backward = buildInner(back, call.inputs, `backward_${name(back)}/`) as typeof forward
    const width = join(forward.output.at(-1) as number, backward.output.at(-1) as number)
    return built([...forward.tensors, ...backward.tensors], [...forward.output.slice(0, -1), width])
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
