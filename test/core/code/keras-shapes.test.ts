import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'
import {tf} from '../../helpers/tfjs.js'

// Keras programs with images, pooling and reshaping layers, each against the
// same model in TF.js: the widths the reader follows through Conv2D,
// ConvLSTM2D, pooling, Flatten, Reshape, Permute and RepeatVector must give
// the counts TF.js builds.

const cases: Array<[string, string, () => tf.LayersModel]> = [
  [
    'Conv2D, pooling, Flatten, Dense',
    `model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, (3, 3), activation='relu'),
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(16, 3, strides=2, padding='same', use_bias=False),
    layers.AveragePooling2D(pool_size=2, strides=1),
    layers.Flatten(),
    layers.Dense(10),
])`,
    () =>
      tf.sequential({
        layers: [
          tf.layers.conv2d({inputShape: [28, 28, 1], filters: 8, kernelSize: [3, 3]}),
          tf.layers.maxPooling2d({poolSize: [2, 2]}),
          tf.layers.conv2d({
            filters: 16,
            kernelSize: 3,
            strides: 2,
            padding: 'same',
            useBias: false
          }),
          tf.layers.averagePooling2d({poolSize: 2, strides: 1}),
          tf.layers.flatten(),
          tf.layers.dense({units: 10})
        ]
      })
  ],
  [
    'ConvLSTM2D on frames',
    `model = keras.Sequential()
model.add(layers.ConvLSTM2D(4, (3, 3), padding='same', return_sequences=True, input_shape=(None, 10, 10, 2)))
model.add(layers.BatchNormalization())
model.add(layers.ConvLSTM2D(filters=3, kernel_size=2, use_bias=False))
model.add(layers.GlobalAveragePooling2D())
model.add(layers.Dense(1))`,
    () =>
      tf.sequential({
        layers: [
          tf.layers.convLstm2d({
            inputShape: [null, 10, 10, 2],
            filters: 4,
            kernelSize: [3, 3],
            padding: 'same',
            returnSequences: true
          }),
          tf.layers.batchNormalization(),
          tf.layers.convLstm2d({filters: 3, kernelSize: 2, useBias: false}),
          tf.layers.globalAveragePooling2d({}),
          tf.layers.dense({units: 1})
        ]
      })
  ],
  [
    'Conv1D, pooling, RepeatVector, Reshape, Permute',
    `model = keras.Sequential([
    layers.Conv1D(6, 3, input_shape=(20, 4)),
    layers.MaxPooling1D(2),
    layers.GlobalMaxPooling1D(),
    layers.RepeatVector(5),
    layers.Reshape((3, 10)),
    layers.Permute((2, 1)),
    layers.LSTM(4),
    layers.Dense(2, input_dim=99),
])`,
    () =>
      tf.sequential({
        layers: [
          tf.layers.conv1d({inputShape: [20, 4], filters: 6, kernelSize: 3}),
          tf.layers.maxPooling1d({poolSize: 2}),
          tf.layers.globalMaxPooling1d(),
          tf.layers.repeatVector({n: 5}),
          tf.layers.reshape({targetShape: [3, 10]}),
          tf.layers.permute({dims: [2, 1]}),
          tf.layers.lstm({units: 4}),
          tf.layers.dense({units: 2})
        ]
      })
  ],
  [
    'a first Dense with input_dim, Masking, SimpleRNN cell under RNN',
    `model = keras.Sequential([
    layers.Masking(mask_value=0.0, input_shape=(7, 3)),
    layers.RNN([layers.SimpleRNNCell(4), layers.GRUCell(5, reset_after=False)], return_sequences=True),
    layers.TimeDistributed(layers.Dense(2)),
])`,
    () =>
      tf.sequential({
        layers: [
          tf.layers.masking({maskValue: 0, inputShape: [7, 3]}),
          tf.layers.rnn({
            cell: [
              tf.layers.simpleRNNCell({units: 4}),
              tf.layers.gruCell({units: 5, resetAfter: false})
            ],
            returnSequences: true
          }),
          tf.layers.timeDistributed({layer: tf.layers.dense({units: 2})})
        ]
      })
  ]
]

describe('Keras widths through images, pooling and reshaping, against TF.js', () => {
  it.each(cases)('%s', (_, body, build) => {
    const analysis = readModelCode(
      `from tensorflow import keras\nfrom tensorflow.keras import layers\n${body}\n`
    )
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
    const model = build()
    const expected = model.layers
      .filter((layer) => layer.getClassName() !== 'InputLayer')
      .map((layer) => [
        layer.getClassName(),
        layer.countParams(),
        layer.weights.map((w) => w.shape),
        layer.outputShape
      ])
    const {breakdown} = analysis
    expect(
      breakdown.layers.map((layer) => [
        layer.type,
        layer.params,
        breakdown.terms.filter((term) => term.layer === layer.name).map((term) => [...term.shape]),
        layer.outputShape
      ])
    ).toEqual(expected)
    expect(breakdown.total).toBe(model.countParams())
    model.dispose()
  })
})
