import {built, flag, int, needWidth, size, tensor, times} from './layer-helpers.js'
import type {Built, LayerForm, LayerSpec} from './layer-spec.js'
import {classGates} from './recurrent-cells.js'

/**
 * Keras 2's GPU-only CuDNNLSTM and CuDNNGRU keep cuDNN's two bias vectors,
 * input and recurrent, in one `bias` of 2·g·h (keras/layers/cudnn_recurrent.py:
 * `shape=(self.units * 8,)` for the LSTM, `(self.units * 6,)` for the GRU);
 * they have no use_bias. Kernels are the LSTM's and GRU's.
 */
function cudnnForm(className: 'CuDNNLSTM' | 'CuDNNGRU'): LayerForm {
  const gates = classGates(className)
  return {
    framework: 'keras',
    names: [className],
    args: [
      {name: 'units', position: 0},
      {name: 'return_sequences', default: false}
    ],
    readsInput: true,
    build(call): Built {
      const width = needWidth(call.inputs, call.className)
      if (typeof width !== 'number') return width
      const units = int(call.args, 'units')
      const [g, n, h] = [times(gates), size('n', width), size('h', units)]
      const tensors = [
        tensor('kernel', [width, gates * units], [...g, n, h]),
        tensor('recurrent_kernel', [units, gates * units], [...g, h, h]),
        tensor('bias', [2 * gates * units], [...times(2), ...g, h])
      ]
      const sequence = call.inputs[0] as readonly (number | null)[]
      const output = flag(call.args, 'return_sequences') ? [sequence[0] ?? null, units] : [units]
      return built(tensors, output)
    }
  }
}

export const cudnnRecurrent: LayerSpec = {
  kind: 'cudnn-recurrent',
  summary: "Keras 2's CuDNNLSTM and CuDNNGRU: the LSTM's or GRU's kernels, cuDNN's two biases",
  forms: [cudnnForm('CuDNNLSTM'), cudnnForm('CuDNNGRU')]
}
