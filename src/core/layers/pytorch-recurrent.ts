import type {Factor} from '../breakdown.js'
import {built, flag, int, size, tensor, times} from './layer-helpers.js'
import type {ArgSpec, LayerArgs, LayerForm, TensorSpec} from './layer-spec.js'
import {classGates} from './recurrent-cells.js'

/**
 * The positional order of torch.nn's recurrent layers: `nn.RNN` takes
 * `nonlinearity` fourth, and only `nn.LSTM` has `proj_size`.
 */
function stackArgs(className: string): ArgSpec[] {
  const shift = className === 'RNN' ? 1 : 0
  return [
    {name: 'input_size', position: 0},
    {name: 'hidden_size', position: 1},
    {name: 'num_layers', position: 2, default: 1},
    {name: 'bias', position: 3 + shift, default: true},
    {name: 'bidirectional', position: 6 + shift, default: false},
    ...(className === 'LSTM' ? [{name: 'proj_size', position: 7, default: 0}] : [])
  ]
}

/** One layer in one direction: weight_ih, weight_hh, the two biases, and a projection. */
function directionTensors(
  args: LayerArgs,
  gates: number,
  fanIn: readonly Factor[],
  suffix: string
): TensorSpec[] {
  const units = int(args, 'hidden_size')
  const projection = (args.proj_size as number | undefined) ?? 0
  const inWidth = fanIn.reduce((product, factor) => product * factor.value, 1)
  const g = times(gates)
  const h = size('h', units)
  const state = projection > 0 ? size('p', projection) : h
  const tensors = [
    tensor(`weight_ih${suffix}`, [gates * units, inWidth], [...g, h, ...fanIn]),
    tensor(`weight_hh${suffix}`, [gates * units, state.value], [...g, h, state])
  ]
  if (flag(args, 'bias')) {
    tensors.push(tensor(`bias_ih${suffix}`, [gates * units], [...g, h]))
    tensors.push(tensor(`bias_hh${suffix}`, [gates * units], [...g, h]))
  }
  if (projection > 0) tensors.push(tensor(`weight_hr${suffix}`, [projection, units], [state, h]))
  return tensors
}

/** `nn.LSTM` and its kin: num_layers stacked layers, each in one or two directions. */
export function pytorchStackForm(className: string): LayerForm {
  return {
    framework: 'pytorch',
    names: [className],
    args: stackArgs(className),
    readsInput: false,
    build({args}) {
      const gates = classGates(className)
      const directions = flag(args, 'bidirectional') ? 2 : 1
      const projection = (args.proj_size as number | undefined) ?? 0
      const state = projection > 0 ? projection : int(args, 'hidden_size')
      const stateFactor = size(projection > 0 ? 'p' : 'h', state)
      const tensors: TensorSpec[] = []
      for (let layer = 0; layer < int(args, 'num_layers'); layer++) {
        const fanIn =
          layer === 0 ? [size('n', int(args, 'input_size'))] : [...times(directions), stateFactor]
        for (let direction = 0; direction < directions; direction++) {
          const suffix = `_l${layer}${direction === 1 ? '_reverse' : ''}`
          tensors.push(...directionTensors(args, gates, fanIn, suffix))
        }
      }
      return built(tensors, [state * directions])
    }
  }
}

/** `nn.LSTMCell` and its kin: one step of one layer, without the `_l0` suffix. */
export function pytorchCellForm(className: string): LayerForm {
  return {
    framework: 'pytorch',
    names: [className],
    args: [
      {name: 'input_size', position: 0},
      {name: 'hidden_size', position: 1},
      {name: 'bias', position: 2, default: true}
    ],
    readsInput: false,
    build({args}) {
      const gates = classGates(className)
      const fanIn = [size('n', int(args, 'input_size'))]
      return built(directionTensors(args, gates, fanIn, ''), [int(args, 'hidden_size')])
    }
  }
}
