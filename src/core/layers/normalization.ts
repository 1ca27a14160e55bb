import {built, flag, int, ints, needWidth, size, tensor} from './layer-helpers.js'
import type {LayerForm, LayerSpec, TensorShape, TensorSpec} from './layer-spec.js'

/** γ (scale) and β (shift) per feature, each optional. */
function affine(
  names: readonly [string, string],
  width: number,
  scale: boolean,
  center: boolean
): TensorSpec[] {
  const c = size('c', width)
  return [
    ...(scale ? [tensor(names[0], [width], [c])] : []),
    ...(center ? [tensor(names[1], [width], [c])] : [])
  ]
}

/** A Keras normalization over the last axis; `moving` adds BatchNormalization's statistics. */
function kerasNormalization(className: string, moving: boolean): LayerForm {
  return {
    framework: 'keras',
    names: [className],
    args: [
      {name: 'center', default: true},
      {name: 'scale', default: true}
    ],
    readsInput: true,
    build(call) {
      const width = needWidth(call.inputs, call.className)
      if (typeof width !== 'number') return width
      const tensors = affine(
        ['gamma', 'beta'],
        width,
        flag(call.args, 'scale'),
        flag(call.args, 'center')
      )
      if (moving) {
        // Updated by the training loop, not by gradients: Keras's non-trainable weights.
        const c = size('c', width)
        tensors.push(tensor('moving_mean', [width], [c], false))
        tensors.push(tensor('moving_variance', [width], [c], false))
      }
      return built(tensors, call.inputs[0] as TensorShape)
    }
  }
}

/** PyTorch BatchNorm: weight and bias with `affine`; running statistics are buffers, not parameters. */
function pytorchBatchNorm(className: string): LayerForm {
  return {
    framework: 'pytorch',
    names: [className],
    args: [
      {name: 'num_features', position: 0},
      {name: 'affine', position: 3, default: true}
    ],
    readsInput: false,
    build(call) {
      const width = int(call.args, 'num_features')
      const on = flag(call.args, 'affine')
      return built(affine(['weight', 'bias'], width, on, on), [width])
    }
  }
}

export const batchNormalization: LayerSpec = {
  kind: 'batch-norm',
  summary:
    'batch normalization: γ and β trainable; Keras keeps moving mean and variance as non-trainable weights, PyTorch as buffers (not parameters)',
  forms: [
    kerasNormalization('BatchNormalization', true),
    pytorchBatchNorm('BatchNorm1d'),
    pytorchBatchNorm('BatchNorm2d')
  ]
}

export const layerNormalization: LayerSpec = {
  kind: 'layer-norm',
  summary: 'layer normalization: γ and β over the normalized features',
  forms: [
    kerasNormalization('LayerNormalization', false),
    {
      framework: 'pytorch',
      names: ['LayerNorm'],
      args: [
        {name: 'normalized_shape', position: 0},
        {name: 'elementwise_affine', position: 2, default: true},
        {name: 'bias', position: 3, default: true}
      ],
      readsInput: false,
      build(call) {
        const shape = ints(call.args.normalized_shape, 1)
        const width = shape.reduce((product, value) => product * value, 1)
        const on = flag(call.args, 'elementwise_affine')
        const tensors = affine(['weight', 'bias'], width, on, on && flag(call.args, 'bias'))
        return built(
          tensors.map((t) => ({...t, shape})),
          [shape.at(-1) as number]
        )
      }
    }
  ]
}

/**
 * Keras's preprocessing Normalization, adapted to data: its mean and
 * variance per feature (a scalar each with axis=None) and a scalar count,
 * none trainable (keras/src/layers/preprocessing/normalization.py); given
 * mean= and variance=, it holds no weights.
 */
export const featureNormalization: LayerSpec = {
  kind: 'normalization',
  summary: 'preprocessing normalization: non-trainable mean and variance per feature, and a count',
  forms: [
    {
      framework: 'keras',
      names: ['Normalization'],
      args: [
        {name: 'axis', position: 0, default: -1},
        {name: 'mean', position: 1, default: false, given: true}
      ],
      readsInput: true,
      build(call) {
        const input = call.inputs[0] as TensorShape
        if (call.args.mean === true) return built([], input)
        const perFeature = call.args.axis !== null
        const width = perFeature ? needWidth(call.inputs, call.className) : 1
        if (typeof width !== 'number') return width
        const shape = perFeature ? [width] : []
        const factors = perFeature ? [size('c', width)] : []
        return built(
          [
            tensor('mean', shape, factors, false),
            tensor('variance', shape, factors, false),
            tensor('count', [], [], false)
          ],
          input
        )
      }
    }
  ]
}
