import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'
import {tf} from '../../helpers/tfjs.js'

// The held-out Keras fixtures TF.js can build (its layers follow Keras; it
// has no MultiHeadAttention, Attention, CuDNN layers or GRU with
// reset_after=True), built again here with TF.js and compared with the
// reader: total, trainable, and each layer's count. Layers without weights
// that TF.js lacks (Lambda, TextVectorization) are left out of its model.

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/code/heldout-keras/${name}`, import.meta.url), 'utf8')

type T = tf.SymbolicTensor
// Initial values do not change the counts; zeros are fast.
const init = {kernelInitializer: 'zeros', recurrentInitializer: 'zeros'} as const
const lstm = (units: number, more: object = {}) => tf.layers.lstm({units, ...init, ...more})
const dense = (units: number) => tf.layers.dense({units, kernelInitializer: 'zeros'})
const embedding = (inputDim: number, outputDim: number) =>
  tf.layers.embedding({inputDim, outputDim, embeddingsInitializer: 'zeros'})
const bidirectional = (layer: tf.RNN) => tf.layers.bidirectional({layer, mergeMode: 'concat'})
const sequential = (shape: (number | null)[], layers: tf.layers.Layer[]) =>
  tf.sequential({layers: [tf.layers.inputLayer({inputShape: shape}), ...layers]})

const builders: Readonly<
  Record<string, {sizes?: Record<string, number>; build: () => tf.LayersModel}>
> = {
  'keras2-imdb-lstm.py': {
    build: () =>
      sequential([500], [embedding(5000, 32), tf.layers.dropout({rate: 0.2}), lstm(100), dense(1)])
  },
  'keras2-imdb-cnn-lstm.py': {
    build: () =>
      sequential(
        [500],
        [
          embedding(5000, 32),
          tf.layers.conv1d({filters: 32, kernelSize: 3, padding: 'same'}),
          tf.layers.maxPooling1d({poolSize: 2}),
          lstm(100),
          dense(1)
        ]
      )
  },
  'keras2-gru-reset-after-false.py': {
    build: () =>
      sequential(
        [null, 10],
        [
          tf.layers.gru({units: 32, returnSequences: true, resetAfter: false, ...init}),
          tf.layers.dropout({rate: 0.5}),
          tf.layers.gru({units: 16, resetAfter: false, ...init}),
          dense(1)
        ]
      )
  },
  'keras2-timedistributed.py': {
    build: () =>
      sequential(
        [20, 3],
        [
          lstm(50, {returnSequences: true}),
          lstm(50, {returnSequences: true}),
          tf.layers.timeDistributed({layer: dense(1)})
        ]
      )
  },
  'keras2-repeatvector-autoencoder.py': {
    sizes: {'len(sequence)': 9},
    build: () =>
      sequential(
        [9, 1],
        [
          lstm(100),
          tf.layers.repeatVector({n: 9}),
          lstm(100, {returnSequences: true}),
          tf.layers.timeDistributed({layer: dense(1)})
        ]
      )
  },
  'keras-stock-lstm.py': {
    build: () =>
      sequential(
        [null, 1],
        [lstm(50, {returnSequences: true}), lstm(50, {returnSequences: true}), lstm(50), dense(1)]
      )
  },
  'keras-guide-bidirectional.py': {
    build: () =>
      sequential(
        [5, 10],
        [bidirectional(lstm(64, {returnSequences: true})), bidirectional(lstm(32)), dense(10)]
      )
  },
  'tf-text-classification-rnn.py': {
    sizes: {'len(encoder.get_vocabulary())': 1000},
    build: () =>
      sequential(
        [null],
        [
          embedding(1000, 64),
          bidirectional(lstm(64, {returnSequences: true})),
          bidirectional(lstm(32)),
          dense(64),
          dense(1)
        ]
      )
  },
  'keras-inputlayer-permute-lambda.py': {
    build: () =>
      sequential(
        [40, 100],
        [
          tf.layers.permute({dims: [2, 1]}),
          tf.layers.simpleRNN({units: 64, returnSequences: true, ...init}),
          tf.layers.reshape({targetShape: [100, 8, 8]}),
          tf.layers.flatten(),
          dense(10)
        ]
      )
  },
  'keras2-glove-weights-frozen.py': {
    build: () => {
      const frozen = tf.layers.embedding({inputDim: 8000, outputDim: 50, trainable: false})
      return sequential([60], [frozen, lstm(64), dense(3)])
    }
  },
  'keras-freeze-after-build.py': {
    build: () => {
      const layers = [embedding(1000, 16), lstm(32, {returnSequences: true}), lstm(16), dense(4)]
      const model = sequential([null], layers)
      ;(layers[0] as tf.layers.Layer).trainable = false
      ;(layers[1] as tf.layers.Layer).trainable = false
      return model
    }
  },
  'keras-guide-encoder-decoder.py': {
    build: () => {
      const encoderInput = tf.input({shape: [null]})
      const decoderInput = tf.input({shape: [null]})
      const [, h, c] = lstm(64, {returnState: true}).apply(
        embedding(1000, 64).apply(encoderInput)
      ) as T[]
      const decoded = lstm(64).apply(embedding(2000, 64).apply(decoderInput), {
        initialState: [h, c]
      }) as T
      return tf.model({
        inputs: [encoderInput, decoderInput],
        outputs: dense(10).apply(decoded) as T
      })
    }
  },
  'keras-lstm-seq2seq.py': {
    sizes: {'len(input_characters)': 71, 'len(target_characters)': 93},
    build: () => {
      const encoderInputs = tf.input({shape: [null, 71]})
      const [, h, c] = lstm(256, {returnState: true}).apply(encoderInputs) as T[]
      const decoderInputs = tf.input({shape: [null, 93]})
      const [decoded] = lstm(256, {returnSequences: true, returnState: true}).apply(decoderInputs, {
        initialState: [h, c]
      }) as T[]
      const outputs = dense(93).apply(decoded as T) as T
      return tf.model({inputs: [encoderInputs, decoderInputs], outputs})
    }
  },
  'keras-weather-forecast.py': {
    sizes: {'inputs.shape[1]': 120, 'inputs.shape[2]': 7},
    build: () => sequential([120, 7], [lstm(32), dense(1)])
  },
  'keras-ocr-captcha.py': {
    sizes: {'len(char_to_num.get_vocabulary())': 20},
    build: () => {
      const conv = (filters: number) =>
        tf.layers.conv2d({filters, kernelSize: 3, padding: 'same', kernelInitializer: 'zeros'})
      return sequential(
        [200, 50, 1],
        [
          conv(32),
          tf.layers.maxPooling2d({poolSize: 2}),
          conv(64),
          tf.layers.maxPooling2d({poolSize: 2}),
          tf.layers.reshape({targetShape: [50, 12 * 64]}),
          dense(64),
          bidirectional(lstm(128, {returnSequences: true})),
          bidirectional(lstm(64, {returnSequences: true})),
          dense(21)
        ]
      )
    }
  },
  'keras-pretrained-glove.py': {
    sizes: {'len(voc)': 20000, 'len(class_names)': 20},
    build: () => {
      const conv = () => tf.layers.conv1d({filters: 128, kernelSize: 5, kernelInitializer: 'zeros'})
      return sequential(
        [null],
        [
          tf.layers.embedding({inputDim: 20002, outputDim: 100, trainable: false}),
          conv(),
          tf.layers.maxPooling1d({poolSize: 5}),
          conv(),
          tf.layers.maxPooling1d({poolSize: 5}),
          conv(),
          tf.layers.globalMaxPooling1d(),
          dense(128),
          dense(20)
        ]
      )
    }
  },
  'keras-next-frame-convlstm.py': {
    build: () => {
      const convLstm = (kernelSize: number) =>
        tf.layers.convLstm2d({
          filters: 64,
          kernelSize,
          padding: 'same',
          returnSequences: true,
          ...init
        })
      return sequential(
        [null, 64, 64, 1],
        [
          convLstm(5),
          tf.layers.batchNormalization(),
          convLstm(3),
          tf.layers.batchNormalization(),
          convLstm(1),
          tf.layers.conv3d({filters: 1, kernelSize: 3, padding: 'same', kernelInitializer: 'zeros'})
        ]
      )
    }
  },
  'keras2-legacy-output-dim.py': {
    build: () =>
      sequential(
        [null, 1],
        [lstm(50, {returnSequences: true}), tf.layers.dropout({rate: 0.2}), lstm(100), dense(1)]
      )
  },
  'keras-cnn-lstm-video.py': {
    build: () => {
      const conv = (filters: number) =>
        tf.layers.timeDistributed({
          layer: tf.layers.conv2d({filters, kernelSize: 3, kernelInitializer: 'zeros'})
        })
      return sequential(
        [10, 32, 32, 3],
        [
          conv(16),
          tf.layers.timeDistributed({layer: tf.layers.maxPooling2d({poolSize: 2})}),
          conv(32),
          tf.layers.timeDistributed({layer: tf.layers.globalAveragePooling2d({})}),
          lstm(32),
          dense(5)
        ]
      )
    }
  },
  'keras-addition-rnn.py': {
    build: () =>
      sequential(
        [7, 12],
        [lstm(128), tf.layers.repeatVector({n: 4}), lstm(128, {returnSequences: true}), dense(12)]
      )
  },
  'keras-luong-dot-attention.py': {
    build: () => {
      // The slice encoder[:, -1, :] (its last step) is the encoder LSTM's own last output here.
      const encoderInput = tf.input({shape: [20]})
      const decoderInput = tf.input({shape: [20]})
      const encoderLstm = lstm(64, {returnSequences: true, returnState: true})
      const [encoded, last] = encoderLstm.apply(embedding(60, 64).apply(encoderInput)) as T[]
      const decoded = lstm(64, {returnSequences: true}).apply(
        embedding(70, 64).apply(decoderInput),
        {initialState: [last as T, last as T]}
      ) as T
      const scores = tf.layers.dot({axes: [2, 2]}).apply([decoded, encoded as T]) as T
      const weights = tf.layers.activation({activation: 'softmax'}).apply(scores) as T
      const context = tf.layers.dot({axes: [2, 1]}).apply([weights, encoded as T]) as T
      const joined = tf.layers.concatenate().apply([context, decoded]) as T
      const hidden = tf.layers.timeDistributed({layer: dense(64)}).apply(joined) as T
      const outputs = tf.layers.timeDistributed({layer: dense(70)}).apply(hidden) as T
      return tf.model({inputs: [encoderInput, decoderInput], outputs})
    }
  }
}

const weights = (list: readonly tf.LayerVariable[]) =>
  list.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0)

describe('held-out Keras models, against TF.js', () => {
  it.each(Object.entries(builders))('%s', (file, {sizes, build}) => {
    const analysis = readModelCode(fixture(file), {sizes: sizes ?? {}})
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
    const {breakdown} = analysis
    const model = build()
    const shown = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer')
    expect(breakdown.total).toBe(model.countParams())
    expect(breakdown.trainable).toBe(weights(model.trainableWeights))
    const counts = (list: number[]) => list.filter((count) => count > 0).sort((a, b) => a - b)
    expect(counts(breakdown.layers.map((layer) => layer.params))).toEqual(
      counts(shown.map((layer) => layer.countParams()))
    )
    model.dispose()
  })
})
