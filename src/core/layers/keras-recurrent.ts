import {built, flag, int, needWidth, size, tensor, times} from './layer-helpers.js'
import type {ArgSpec, Built, LayerCall, LayerForm, TensorSpec} from './layer-spec.js'
import {classGates} from './recurrent-cells.js'

/**
 * A Keras cell's weights: kernel n×gh, recurrent_kernel h×gh, and one bias of
 * gh (two stacked rows for a GRU with `reset_after`, Keras 3's default).
 */
export function kerasCellTensors(className: string, call: LayerCall, width: number): TensorSpec[] {
  const gates = classGates(className)
  const units = int(call.args, 'units')
  const g = times(gates)
  const n = size('n', width)
  const h = size('h', units)
  const twoRows = gates === 3 && flag(call.args, 'reset_after')
  const tensors = [
    tensor('kernel', [width, gates * units], [...g, n, h]),
    tensor('recurrent_kernel', [units, gates * units], [...g, h, h])
  ]
  if (flag(call.args, 'use_bias')) {
    tensors.push(
      twoRows
        ? tensor('bias', [2, gates * units], [...times(2), ...g, h])
        : tensor('bias', [gates * units], [...g, h])
    )
  }
  return tensors
}

const cellArgs = (className: string): ArgSpec[] => [
  {name: 'units', position: 0, aliases: ['output_dim']},
  {name: 'use_bias', default: true},
  ...(className.startsWith('GRU') ? [{name: 'reset_after', default: true}] : [])
]

/** A recurrent layer or cell over a sequence: sequences in, the last state (or every state) out. */
export function kerasRecurrentForm(className: string): LayerForm {
  const cell = className.endsWith('Cell')
  return {
    framework: 'keras',
    names: [className],
    args: [...cellArgs(className), ...(cell ? [] : [{name: 'return_sequences', default: false}])],
    readsInput: true,
    build(call): Built {
      const width = needWidth(call.inputs, call.className)
      if (typeof width !== 'number') return width
      const units = int(call.args, 'units')
      const sequence = call.inputs[0] as readonly (number | null)[]
      const output = flag(call.args, 'return_sequences') ? [sequence[0] ?? null, units] : [units]
      return built(kerasCellTensors(className, call, width), output)
    }
  }
}
