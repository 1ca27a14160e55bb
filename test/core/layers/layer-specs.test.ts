import {describe, expect, it} from 'vitest'
import type {ArgValue, LayerArgs, LayerForm} from '../../../src/core/layers/index.js'
import {layerForm, layerNames, layerSpecs} from '../../../src/core/layers/index.js'

// Every form of every layer spec: built with its defaults and sample sizes,
// with and without a known input; those that read their input's width say
// so instead of counting a zero.

const lstm = layerForm('keras', 'LSTM') as LayerForm
const inner: ArgValue = {inner: lstm, className: 'LSTM', args: {units: 2, use_bias: true}}

const samples: Readonly<Record<string, ArgValue>> = {
  cell: inner,
  layer: inner,
  normalized_shape: 4,
  target_shape: [2, -1],
  dims: [2, 1],
  data: [2, 3],
  cells: [inner, inner],
  padding: 'valid'
}

function sampleArgs(form: LayerForm): LayerArgs {
  return Object.fromEntries(
    form.args.map((spec) => [spec.name, samples[spec.name] ?? spec.default ?? 4])
  )
}

const forms = layerSpecs.flatMap((spec) =>
  spec.forms.flatMap((form) =>
    form.names.map((name) => [`${form.framework} ${name}`, form, name] as const)
  )
)

describe('layer specs', () => {
  it('name every class once per framework, and look them up', () => {
    for (const framework of ['keras', 'pytorch'] as const) {
      const names = layerNames(framework)
      expect(new Set(names).size).toBe(names.length)
      for (const name of names) expect(layerForm(framework, name)?.names).toContain(name)
    }
    expect(layerForm('keras', 'Transformer')).toBeUndefined()
  })

  it.each(forms)(
    '%s builds on a known input, and asks for an unknown one',
    (_, form, className) => {
      const args = sampleArgs(form)
      const input = className.includes('2D') || className.includes('2d') ? [null, 8, 8, 4] : [5, 4]
      const known = form.build({className, args, inputs: [input, input]})
      expect(known.ok).toBe(true)
      if (known.ok) {
        for (const tensor of known.tensors) {
          expect(tensor.factors.reduce((product, factor) => product * factor.value, 1)).toBe(
            tensor.shape.reduce((product, d) => product * d, 1)
          )
        }
      }
      const unknown = form.build({className, args, inputs: []})
      if (form.readsInput && !(className === 'AdditiveAttention' && args.use_scale === false)) {
        expect(unknown.ok).toBe(false)
      } else {
        expect(unknown.ok).toBe(true)
      }
    }
  )

  it('parameter-free layers hand on what they can of unknown shapes', () => {
    const shape = (name: string, args: LayerArgs, inputs: (number | null)[][]) => {
      const result = (layerForm('keras', name) as LayerForm).build({className: name, args, inputs})
      return result.ok ? result.output : result.reason
    }
    expect(shape('Flatten', {}, [[null, 3]])).toEqual([null])
    expect(shape('Reshape', {target_shape: [2, -1]}, [[null, 4]])).toEqual([2, null])
    // Keras works out the -1 from the input's size (TF.js leaves it None).
    expect(shape('Reshape', {target_shape: [3, -1]}, [[5, 6]])).toEqual([3, 10])
    expect(shape('Concatenate', {axis: -1}, [[3], [null]])).toEqual([null])
    expect(
      shape('Concatenate', {axis: 1}, [
        [5, 8],
        [3, 8]
      ])
    ).toEqual([8, 8])
    expect(shape('Concatenate', {axis: -1}, [[], [3]])).toEqual([null])
    expect(shape('Permute', {dims: [3, 1]}, [[5, 4]])).toEqual([null, 5])
    expect(shape('GlobalMaxPooling1D', {}, [[]])).toEqual([null])
    expect(shape('MaxPooling1D', {pool_size: 2, strides: 2, padding: 'same'}, [[]])).toEqual([null])
    expect(shape('Bidirectional', {layer: inner, merge_mode: 'max'}, [[5, 4]])).toContain(
      'merge_mode=max'
    )
    expect(shape('TimeDistributed', {layer: 3}, [[5, 4]])).toContain('expects a layer')
    expect(shape('RNN', {cell: [inner, 3], return_sequences: false}, [[5, 4]])).toContain(
      'expects a layer'
    )
  })
})
