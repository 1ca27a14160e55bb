import {built, failed, flag, int, needWidth, size, tensor, withLast} from './layer-helpers.js'
import type {LayerForm, LayerSpec, TensorSpec} from './layer-spec.js'

/** n×o weights and o biases. */
function denseTensors(keras: boolean, fanIn: number, nodes: number, bias: boolean): TensorSpec[] {
  const n = size('n', fanIn)
  const o = size('o', nodes)
  const weights = keras
    ? tensor('kernel', [fanIn, nodes], [n, o])
    : tensor('weight', [nodes, fanIn], [o, n])
  return bias ? [weights, tensor('bias', [nodes], [o])] : [weights]
}

/** Keras `Dense(units)` on the last dimension. */
export const kerasDense: LayerForm = {
  framework: 'keras',
  names: ['Dense'],
  args: [
    {name: 'units', position: 0, aliases: ['output_dim']},
    {name: 'use_bias', default: true}
  ],
  readsInput: true,
  build(call) {
    const width = needWidth(call.inputs, call.className)
    if (typeof width !== 'number') return width
    const nodes = int(call.args, 'units')
    const tensors = denseTensors(true, width, nodes, flag(call.args, 'use_bias'))
    return built(tensors, withLast(call.inputs[0], nodes))
  }
}

/** PyTorch `nn.Linear(in_features, out_features)`. */
export const torchLinear: LayerForm = {
  framework: 'pytorch',
  names: ['Linear'],
  args: [
    {name: 'in_features', position: 0},
    {name: 'out_features', position: 1},
    {name: 'bias', position: 2, default: true}
  ],
  readsInput: false,
  build({args}) {
    const nodes = int(args, 'out_features')
    const tensors = denseTensors(false, int(args, 'in_features'), nodes, flag(args, 'bias'))
    return built(tensors, [nodes])
  }
}

/** A fully connected layer on the last dimension (Keras Dense, PyTorch Linear). */
export const dense: LayerSpec = {
  kind: 'dense',
  summary: 'fully connected: n·o weights and o biases',
  forms: [
    kerasDense,
    torchLinear,
    {
      framework: 'pytorch',
      names: ['LazyLinear'],
      args: [
        {name: 'out_features', position: 0},
        {name: 'bias', position: 1, default: true}
      ],
      readsInput: true,
      build(call) {
        const width = needWidth(call.inputs, call.className)
        if (typeof width !== 'number') return failed(lazyReason(call.className))
        const nodes = int(call.args, 'out_features')
        return built(denseTensors(false, width, nodes, flag(call.args, 'bias')), [nodes])
      }
    }
  ]
}

/** Why a lazy layer cannot be counted where its input's width is not followed. */
export function lazyReason(className: string): string {
  return `${className} learns its input width at its first call, which cannot be followed here: write the width (nn.${className.replace('Lazy', '')}(in, …)) or put it after a layer whose width is known in an nn.Sequential`
}
