import type {Factor} from '../breakdown.js'
import {built, failed, flag, int, ints, needWidth, size, tensor} from './layer-helpers.js'
import type {LayerArgs, LayerForm, LayerSpec, TensorShape, TensorSpec} from './layer-spec.js'

/** Kernel-size factors: `k` for one dimension, `k_h·k_w` for two, `k_d·k_h·k_w` for three. */
function kernelFactors(kernel: readonly number[]): Factor[] {
  if (kernel.length === 1) return [size('k', kernel[0] as number)]
  const letters = kernel.length === 3 ? ['k_d', 'k_h', 'k_w'] : ['k_h', 'k_w']
  return kernel.map((k, i) => size(letters[i] as string, k))
}

/** The spatial size after a convolution or pooling, Keras's padding rules. */
export function convolvedLength(
  length: number | null,
  kernel: number,
  stride: number,
  padding: string,
  dilation = 1
): number | null {
  if (length === null) return null
  if (padding !== 'valid') return Math.ceil(length / stride)
  return Math.floor((length - ((kernel - 1) * dilation + 1)) / stride) + 1
}

/** Spatial dimensions of a channels-last input after a convolution. */
export function convolvedShape(input: TensorShape, args: LayerArgs, dims: number): TensorShape {
  const kernel = ints(args.kernel_size, dims)
  const strides = ints(args.strides, dims)
  const dilation = ints(args.dilation_rate, dims)
  const spatial = input.slice(-dims - 1, -1)
  return spatial.map((length, i) =>
    convolvedLength(
      length,
      kernel[i] as number,
      strides[i] as number,
      String(args.padding),
      dilation[i] as number
    )
  )
}

/** Weights k·(c/g)·f and f biases; Keras orders them kernel-first, PyTorch filters-first. */
export function convTensors(
  keras: boolean,
  kernel: readonly number[],
  channels: number,
  filters: number,
  groups: number,
  bias: boolean
): TensorSpec[] {
  const perGroup = channels / groups
  const factors = [...kernelFactors(kernel), size('c', perGroup), size('f', filters)]
  const weights = keras
    ? tensor('kernel', [...kernel, perGroup, filters], factors)
    : tensor('weight', [filters, perGroup, ...kernel], factors)
  return bias ? [weights, tensor('bias', [filters], [size('f', filters)])] : [weights]
}

const groupsReason = (channels: number, filters: number, groups: number) =>
  `groups=${groups} must divide both the input channels (${channels}) and the filters (${filters})`

function kerasConv(dims: number): LayerForm {
  return {
    framework: 'keras',
    // Keras 2 also spelt it Convolution1D.
    names: [`Conv${dims}D`, `Convolution${dims}D`],
    args: [
      {name: 'filters', position: 0},
      {name: 'kernel_size', position: 1},
      {name: 'strides', position: 2, default: 1},
      {name: 'padding', position: 3, default: 'valid'},
      {name: 'dilation_rate', default: 1},
      {name: 'groups', default: 1},
      {name: 'use_bias', default: true}
    ],
    readsInput: true,
    build(call) {
      const channels = needWidth(call.inputs, call.className)
      if (typeof channels !== 'number') return channels
      const {args} = call
      const [filters, groups] = [int(args, 'filters'), int(args, 'groups')]
      if (channels % groups !== 0 || filters % groups !== 0)
        return failed(groupsReason(channels, filters, groups))
      const kernel = ints(args.kernel_size, dims)
      const tensors = convTensors(true, kernel, channels, filters, groups, flag(args, 'use_bias'))
      const input = call.inputs[0] as TensorShape
      return built(tensors, [
        ...input.slice(0, -dims - 1),
        ...convolvedShape(input, args, dims),
        filters
      ])
    }
  }
}

function pytorchConv(dims: number): LayerForm {
  return {
    framework: 'pytorch',
    names: [`Conv${dims}d`],
    args: [
      {name: 'in_channels', position: 0},
      {name: 'out_channels', position: 1},
      {name: 'kernel_size', position: 2},
      {name: 'groups', position: 6, default: 1},
      {name: 'bias', position: 7, default: true}
    ],
    readsInput: false,
    build({args}) {
      const [channels, filters] = [int(args, 'in_channels'), int(args, 'out_channels')]
      const groups = int(args, 'groups')
      if (channels % groups !== 0 || filters % groups !== 0)
        return failed(groupsReason(channels, filters, groups))
      const kernel = ints(args.kernel_size, dims)
      return built(convTensors(false, kernel, channels, filters, groups, flag(args, 'bias')), [
        filters
      ])
    }
  }
}

/** Convolutions over a sequence or an image. */
export const convolution: LayerSpec = {
  kind: 'convolution',
  summary: 'convolution: k·(c/g)·f weights and f biases (k_h·k_w in two dimensions)',
  forms: [kerasConv(1), kerasConv(2), kerasConv(3), pytorchConv(1), pytorchConv(2)]
}
