import {
  built,
  failed,
  flag,
  int,
  ints,
  lastWidth,
  size,
  tensor,
  times,
  widthUnknown
} from './layer-helpers.js'
import type {LayerSpec, TensorSpec} from './layer-spec.js'

/**
 * Keras MultiHeadAttention: query, key and value projections to `num_heads`
 * heads of `key_dim` (`value_dim`) each, and an output projection back to the
 * query's width (or `output_shape`). Keras names them query, key, value and
 * attention_output, each a kernel and a bias.
 */
function kerasTensors(
  widths: readonly [number, number, number],
  heads: number,
  keyDim: number,
  valueDim: number,
  out: number,
  bias: boolean
): TensorSpec[] {
  const H = size('H', heads)
  const k = size('d_k', keyDim)
  const v = size('d_v', valueDim)
  const o = size('d_o', out)
  const projection = (name: string, width: number, letter: string, dim: number) => {
    const d = dim === keyDim ? k : v
    return [
      tensor(`${name}/kernel`, [width, heads, dim], [size(letter, width), H, d]),
      ...(bias ? [tensor(`${name}/bias`, [heads, dim], [H, d])] : [])
    ]
  }
  return [
    ...projection('query', widths[0], 'd_q', keyDim),
    ...projection('key', widths[2], 'd_{key}', keyDim),
    ...projection('value', widths[1], 'd_{val}', valueDim),
    tensor('attention_output/kernel', [heads, valueDim, out], [H, v, o]),
    ...(bias ? [tensor('attention_output/bias', [out], [o])] : [])
  ]
}

/** PyTorch nn.MultiheadAttention: one packed in_proj (or three with kdim/vdim), out_proj, bias_k/bias_v. */
function pytorchTensors(
  embed: number,
  kdim: number,
  vdim: number,
  bias: boolean,
  biasKv: boolean
): TensorSpec[] {
  const E = size('E', embed)
  const packed = kdim === embed && vdim === embed
  const projections = packed
    ? [tensor('in_proj_weight', [3 * embed, embed], [...times(3), E, E])]
    : [
        tensor('q_proj_weight', [embed, embed], [E, E]),
        tensor('k_proj_weight', [embed, kdim], [E, size('k', kdim)]),
        tensor('v_proj_weight', [embed, vdim], [E, size('v', vdim)])
      ]
  return [
    ...projections,
    ...(bias ? [tensor('in_proj_bias', [3 * embed], [...times(3), E])] : []),
    ...(biasKv ? [tensor('bias_k', [1, 1, embed], [E]), tensor('bias_v', [1, 1, embed], [E])] : []),
    tensor('out_proj.weight', [embed, embed], [E, E]),
    ...(bias ? [tensor('out_proj.bias', [embed], [E])] : [])
  ]
}

export const multiHeadAttention: LayerSpec = {
  kind: 'multi-head-attention',
  summary: 'multi-head attention: query, key, value and output projections',
  forms: [
    {
      framework: 'keras',
      names: ['MultiHeadAttention'],
      args: [
        {name: 'num_heads', position: 0},
        {name: 'key_dim', position: 1},
        {name: 'value_dim', position: 2, default: null},
        {name: 'use_bias', default: true},
        {name: 'output_shape', default: null}
      ],
      readsInput: true,
      inputs: 'attention',
      build({args, inputs}) {
        const [query, value, key] = [0, 1, 2].map((i) => lastWidth(inputs.slice(i))) as [
          number | null,
          number | null,
          number | null
        ]
        if (query === null || value === null) return widthUnknown('MultiHeadAttention')
        const keyDim = int(args, 'key_dim')
        const valueDim = (args.value_dim as number | null) ?? keyDim
        // output_shape=5 or (5,): the output projection's width; more dimensions are not read.
        const shape = args.output_shape === null ? [query] : ints(args.output_shape, 1)
        if (shape.length !== 1)
          return failed('output_shape of several dimensions is not counted here; give one width')
        const out = shape[0] as number
        const tensors = kerasTensors(
          [query, value, key ?? value],
          int(args, 'num_heads'),
          keyDim,
          valueDim,
          out,
          flag(args, 'use_bias')
        )
        return built(tensors, [...(inputs[0] as number[]).slice(0, -1), out])
      }
    },
    {
      framework: 'pytorch',
      names: ['MultiheadAttention'],
      args: [
        {name: 'embed_dim', position: 0},
        {name: 'num_heads', position: 1},
        {name: 'bias', position: 3, default: true},
        {name: 'add_bias_kv', position: 4, default: false},
        {name: 'kdim', position: 6, default: null},
        {name: 'vdim', position: 7, default: null}
      ],
      readsInput: false,
      build({args}) {
        const embed = int(args, 'embed_dim')
        const heads = int(args, 'num_heads')
        if (embed % heads !== 0)
          return failed(`embed_dim=${embed} must be divisible by num_heads=${heads}`)
        const kdim = (args.kdim as number | null) ?? embed
        const vdim = (args.vdim as number | null) ?? embed
        const tensors = pytorchTensors(
          embed,
          kdim,
          vdim,
          flag(args, 'bias'),
          flag(args, 'add_bias_kv')
        )
        return built(tensors, [embed])
      }
    }
  ]
}
