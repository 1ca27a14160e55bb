import {convolvedLength} from './convolution.js'
import {built, int, ints} from './layer-helpers.js'
import type {ArgSpec, Built, LayerCall, LayerForm, LayerSpec, TensorShape} from './layer-spec.js'

type ShapeRule = (call: LayerCall) => TensorShape

const first = (call: LayerCall): TensorShape => call.inputs[0] ?? [null]

function form(
  framework: 'keras' | 'pytorch',
  names: readonly string[],
  output: ShapeRule = first,
  args: readonly ArgSpec[] = [],
  inputs: 'one' | 'list' = 'one'
): LayerForm {
  return {
    framework,
    names,
    args,
    readsInput: false,
    inputs,
    build: (call): Built => built([], output(call))
  }
}

const product = (shape: TensorShape): number | null =>
  shape.some((d) => d === null) ? null : (shape as number[]).reduce((a, b) => a * b, 1)

/** `Reshape((-1, 4))`: the -1 is what is left of the input's size. */
function reshaped(call: LayerCall): TensorShape {
  const target = ints(call.args.target_shape, 1)
  const known = product(target.filter((d) => d !== -1))
  const all = product(first(call))
  const rest = all === null || known === null ? null : all / (known as number)
  return target.map((d) => (d === -1 ? rest : d))
}

/** Keras pooling over one or two spatial dimensions, channels last. */
function pooled(dims: number): ShapeRule {
  return (call) => {
    const input = first(call)
    const pool = ints(call.args.pool_size, dims)
    const strides = call.args.strides === null ? pool : ints(call.args.strides, dims)
    const spatial = input
      .slice(-dims - 1, -1)
      .map((length, i) =>
        convolvedLength(length, pool[i] as number, strides[i] as number, String(call.args.padding))
      )
    return [...input.slice(0, -dims - 1), ...spatial, input.at(-1) ?? null]
  }
}

const poolArgs: ArgSpec[] = [
  {name: 'pool_size', position: 0, default: 2},
  {name: 'strides', position: 1, default: null},
  {name: 'padding', position: 2, default: 'valid'}
]

/** Concatenate along `axis` (1-based, batch first; -1 the features): those sizes add up. */
const joined: ShapeRule = (call) => {
  const base = first(call)
  const axis = call.args.axis as number
  const at = axis < 0 ? base.length + axis : axis - 1
  const sizes = call.inputs.map((shape) => shape[at] ?? null)
  const sum = sizes.includes(null) ? null : (sizes as number[]).reduce((a, b) => a + b, 0)
  return base.length === 0 ? [null] : base.map((d, i) => (i === at ? sum : d))
}

/** `Dot(axes)` of two tensors: each loses its summed axis (1-based, batch first), the rest joined. */
function dotted(call: LayerCall): TensorShape {
  const [a = [null], b = [null]] = call.inputs
  const axes = ints(call.args.axes, 2)
  const drop = (shape: TensorShape, axis: number) => {
    const at = axis < 0 ? shape.length + axis : axis - 1
    return shape.filter((_, i) => i !== at)
  }
  return [...drop(a, axes[0] as number), ...drop(b, axes[1] as number)]
}

/** Layers that hold no parameters: they only reshape, select, mix or regularise. */
export const parameterFree: LayerSpec = {
  kind: 'parameter-free',
  summary: 'no parameters: dropout, activations, masking, pooling, reshaping, merging',
  forms: [
    form('keras', [
      'Dropout',
      'SpatialDropout1D',
      'SpatialDropout2D',
      'GaussianNoise',
      'GaussianDropout',
      'AlphaDropout',
      'Activation',
      'ReLU',
      'LeakyReLU',
      'ELU',
      'Softmax',
      'Masking',
      'ActivityRegularization',
      'UnitNormalization',
      // Arbitrary code or preprocessing: no weights, the width passes through.
      'Lambda',
      'Rescaling',
      'TextVectorization',
      'StringLookup',
      'IntegerLookup',
      'Hashing'
    ]),
    form('keras', ['Flatten'], (call) => [product(first(call))]),
    form('keras', ['RepeatVector'], (call) => [int(call.args, 'n'), ...first(call)], [
      {name: 'n', position: 0}
    ]),
    form('keras', ['Reshape'], reshaped, [{name: 'target_shape', position: 0}]),
    form(
      'keras',
      ['Permute'],
      (call) => ints(call.args.dims, 1).map((d) => first(call)[d - 1] ?? null),
      [{name: 'dims', position: 0}]
    ),
    // Keras's aliases too: MaxPool1D is MaxPooling1D, GlobalAvgPool1D GlobalAveragePooling1D.
    form(
      'keras',
      ['MaxPooling1D', 'AveragePooling1D', 'MaxPool1D', 'AvgPool1D'],
      pooled(1),
      poolArgs
    ),
    form(
      'keras',
      ['MaxPooling2D', 'AveragePooling2D', 'MaxPool2D', 'AvgPool2D'],
      pooled(2),
      poolArgs
    ),
    form(
      'keras',
      ['MaxPooling3D', 'AveragePooling3D', 'MaxPool3D', 'AvgPool3D'],
      pooled(3),
      poolArgs
    ),
    form(
      'keras',
      [
        'GlobalMaxPooling1D',
        'GlobalAveragePooling1D',
        'GlobalMaxPooling2D',
        'GlobalAveragePooling2D',
        'GlobalMaxPool1D',
        'GlobalAvgPool1D',
        'GlobalMaxPool2D',
        'GlobalAvgPool2D'
      ],
      (call) => [first(call).at(-1) ?? null]
    ),
    // One-hot: a vector of num_tokens per element; multi-hot and count: one per sample.
    form(
      'keras',
      ['CategoryEncoding'],
      (call) => {
        const tokens = int(call.args, 'num_tokens')
        const input = first(call)
        if (call.args.output_mode !== 'one_hot') return [tokens]
        return [...(input.at(-1) === 1 ? input.slice(0, -1) : input), tokens]
      },
      [
        {name: 'num_tokens', position: 0},
        {name: 'output_mode', position: 1, default: 'multi_hot'}
      ]
    ),
    form('keras', ['Dot'], dotted, [{name: 'axes', position: 0, axis: true}], 'list'),
    form('keras', ['Concatenate'], joined, [{name: 'axis', default: -1, axis: true}], 'list'),
    form(
      'keras',
      ['Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum'],
      first,
      [],
      'list'
    ),
    form('pytorch', [
      'Dropout',
      'Dropout1d',
      'Dropout2d',
      'ReLU',
      'Tanh',
      'Sigmoid',
      'GELU',
      'LeakyReLU',
      'ELU',
      'SELU',
      'Softmax',
      'LogSoftmax',
      'Identity',
      'MaxPool1d',
      'MaxPool2d',
      'AvgPool1d',
      'AvgPool2d',
      'AdaptiveAvgPool1d',
      'AdaptiveAvgPool2d',
      'AdaptiveMaxPool1d',
      'AdaptiveMaxPool2d'
    ]),
    form('pytorch', ['Flatten', 'Unflatten'], () => [null])
  ]
}
