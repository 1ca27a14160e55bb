import {convolvedShape} from './convolution.js'
import {built, flag, int, ints, needWidth, size, tensor, times} from './layer-helpers.js'
import type {LayerSpec, TensorShape} from './layer-spec.js'

/** Keras ConvLSTM2D: an LSTM whose four gates are convolutions over an image sequence. */
export const convLstm: LayerSpec = {
  kind: 'conv-lstm',
  summary: 'LSTM with convolutional gates: 4·k_h·k_w·(c+f)·f weights and 4f biases',
  forms: [
    {
      framework: 'keras',
      names: ['ConvLSTM2D'],
      args: [
        {name: 'filters', position: 0},
        {name: 'kernel_size', position: 1},
        {name: 'strides', position: 2, default: 1},
        {name: 'padding', position: 3, default: 'valid'},
        {name: 'dilation_rate', default: 1},
        {name: 'use_bias', default: true},
        {name: 'return_sequences', default: false}
      ],
      readsInput: true,
      build(call) {
        const channels = needWidth(call.inputs, call.className)
        if (typeof channels !== 'number') return channels
        const {args} = call
        const filters = int(args, 'filters')
        const [kh, kw] = ints(args.kernel_size, 2) as [number, number]
        const k = [size('k_h', kh), size('k_w', kw)]
        const f = size('f', filters)
        const tensors = [
          tensor(
            'kernel',
            [kh, kw, channels, 4 * filters],
            [...times(4), ...k, size('c', channels), f]
          ),
          tensor('recurrent_kernel', [kh, kw, filters, 4 * filters], [...times(4), ...k, f, f])
        ]
        if (flag(args, 'use_bias')) tensors.push(tensor('bias', [4 * filters], [...times(4), f]))
        const input = call.inputs[0] as TensorShape
        const image = [...convolvedShape(input, args, 2), filters]
        const output = flag(args, 'return_sequences') ? [input[0] ?? null, ...image] : image
        return built(tensors, output)
      }
    }
  ]
}
