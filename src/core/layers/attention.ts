import {built, flag, needWidth, size, tensor} from './layer-helpers.js'
import type {LayerSpec} from './layer-spec.js'

// Keras's source (keras/src/layers/attention/attention.py and
// additive_attention.py): Attention adds a scalar `scale` with use_scale and
// a scalar `concat_score_weight` with score_mode="concat"; AdditiveAttention
// adds a `scale` vector of the query's width with use_scale (its default).

const same = (inputs: readonly (readonly (number | null)[])[]) => inputs[0] ?? [null]

/** Luong-style (dot-product) and Bahdanau-style (additive) attention over [query, value, key]. */
export const attention: LayerSpec = {
  kind: 'attention',
  summary: 'dot-product or additive attention: at most a scale (and a concat score weight)',
  forms: [
    {
      framework: 'keras',
      names: ['Attention'],
      args: [
        {name: 'use_scale', position: 0, default: false},
        {name: 'score_mode', position: 1, default: 'dot'}
      ],
      readsInput: false,
      inputs: 'list',
      build({args, inputs}) {
        const tensors = [
          ...(flag(args, 'use_scale') ? [tensor('scale', [], [])] : []),
          ...(args.score_mode === 'concat' ? [tensor('concat_score_weight', [], [])] : [])
        ]
        return built(tensors, same(inputs))
      }
    },
    {
      framework: 'keras',
      names: ['AdditiveAttention'],
      args: [{name: 'use_scale', position: 0, default: true}],
      readsInput: true,
      inputs: 'list',
      build(call) {
        if (!flag(call.args, 'use_scale')) return built([], same(call.inputs))
        const width = needWidth(call.inputs, call.className)
        if (typeof width !== 'number') return width
        return built([tensor('scale', [width], [size('d', width)])], same(call.inputs))
      }
    }
  ]
}
