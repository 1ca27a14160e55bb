import {seeded} from './random-networks.js'
import {tf} from './tfjs.js'

/** One random Keras program, and the same model built with TF.js. */
export interface KerasProgram {
  readonly code: string
  readonly build: () => tf.LayersModel
}

type Pick = (max: number) => number
type Layer = {python: string; tfjs: () => tf.layers.Layer}
const fast = {recurrentInitializer: 'glorotUniform', kernelInitializer: 'glorotUniform'} as const
const bool = (value: boolean) => (value ? 'True' : 'False')

/** A recurrent layer (every cell, bias or not, a cell under RNN, or Bidirectional) on a sequence. */
function recurrent(next: Pick, sequences: boolean): Layer {
  const units = next(8)
  const bias = next(4) !== 1
  const type = (['SimpleRNN', 'LSTM', 'GRU'] as const)[next(3) - 1] as 'SimpleRNN' | 'LSTM' | 'GRU'
  const gru = type === 'GRU' ? ', reset_after=False' : ''
  const options = {units, useBias: bias, returnSequences: sequences, ...fast}
  const make = (): tf.layers.Layer =>
    type === 'SimpleRNN'
      ? tf.layers.simpleRNN(options)
      : type === 'LSTM'
        ? tf.layers.lstm(options)
        : tf.layers.gru({...options, resetAfter: false})
  const python = `layers.${type}(${units}, use_bias=${bool(bias)}, return_sequences=${bool(sequences)}${gru})`
  switch (next(3)) {
    case 1: {
      const merge = (['concat', 'sum', 'mul', 'ave'] as const)[next(4) - 1] ?? 'concat'
      return {
        python: `layers.Bidirectional(${python}, merge_mode='${merge}')`,
        tfjs: () => tf.layers.bidirectional({layer: make() as tf.RNN, mergeMode: merge})
      }
    }
    case 2: {
      if (type !== 'LSTM') return {python, tfjs: make}
      return {
        python: `layers.RNN(layers.LSTMCell(${units}, use_bias=${bool(bias)}), return_sequences=${bool(sequences)})`,
        tfjs: () =>
          tf.layers.rnn({
            cell: tf.layers.lstmCell({units, useBias: bias, ...fast}),
            returnSequences: sequences
          })
      }
    }
    default:
      return {python, tfjs: make}
  }
}

/** A layer that keeps a sequence a sequence (or a vector a vector, `sequence` false). */
function keeping(next: Pick, sequence: boolean): Layer {
  const units = next(8)
  switch (next(sequence ? 7 : 4)) {
    case 1:
      return {python: `layers.Dense(${units})`, tfjs: () => tf.layers.dense({units})}
    case 2:
      return {python: 'layers.BatchNormalization()', tfjs: () => tf.layers.batchNormalization()}
    case 3: {
      const center = next(2) === 1
      return {
        python: `layers.LayerNormalization(center=${bool(center)})`,
        tfjs: () => tf.layers.layerNormalization({center})
      }
    }
    case 4:
      return {python: 'layers.Dropout(0.2)', tfjs: () => tf.layers.dropout({rate: 0.2})}
    case 5:
      return {
        python: `layers.TimeDistributed(layers.Dense(${units}))`,
        tfjs: () => tf.layers.timeDistributed({layer: tf.layers.dense({units})})
      }
    case 6: {
      const kernel = next(3)
      return {
        python: `layers.Conv1D(${units}, ${kernel}, padding='same')`,
        tfjs: () => tf.layers.conv1d({filters: units, kernelSize: kernel, padding: 'same'})
      }
    }
    default:
      return recurrent(next, true)
  }
}

/** A Sequential: Input or Embedding, a few sequence layers, a last recurrent layer, a head. */
function sequentialProgram(next: Pick): KerasProgram {
  const steps = next(6)
  const features = next(6)
  const vocab = next(3) === 1 ? 5 + next(30) : 0
  const body = [
    ...Array.from({length: next(3) - 1}, () => keeping(next, true)),
    recurrent(next, false),
    ...Array.from({length: next(3) - 1}, () => keeping(next, false)),
    keeping(next, false)
  ]
  const input =
    vocab > 0
      ? [`layers.Embedding(${vocab}, ${features})`]
      : [`keras.Input(shape=(${steps}, ${features}))`]
  const frozen = next(5) === 1
  const code = [
    'from tensorflow import keras',
    'from tensorflow.keras import layers',
    'model = keras.Sequential([',
    ...[...input, ...body.map((layer) => layer.python)].map((line) => `    ${line},`),
    '])',
    ...(frozen ? ['model.layers[0].trainable = False'] : [])
  ].join('\n')
  return {
    code,
    build: () => {
      const model = tf.sequential()
      model.add(tf.layers.inputLayer({inputShape: vocab > 0 ? [steps] : [steps, features]}))
      if (vocab > 0) model.add(tf.layers.embedding({inputDim: vocab, outputDim: features}))
      for (const layer of body) model.add(layer.tfjs())
      // Keras 3's model.layers leaves the Input out, as the Python's layers[0] does.
      const shown = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer')
      if (frozen) (shown[0] as tf.layers.Layer).trainable = false
      return model
    }
  }
}

/** A functional model: two inputs, a shared layer called on both, a merge, a head. */
function functionalProgram(next: Pick): KerasProgram {
  const steps = next(6)
  const features = next(6)
  const shared = keeping(next, true)
  const [a, b] = [recurrent(next, false), recurrent(next, false)]
  const merge = next(2) === 1 ? 'concatenate' : 'add'
  const head = keeping(next, false)
  const units = next(5)
  const code = [
    'import tensorflow as tf',
    'from tensorflow.keras.layers import Dense',
    `left = tf.keras.Input(shape=(${steps}, ${features}))`,
    `right = tf.keras.Input(shape=(${steps}, ${features}))`,
    `shared = tf.keras.layers.${shared.python.slice('layers.'.length)}`,
    `x = ${a.python}(shared(left))`,
    `y = ${b.python}(shared(right))`,
    ...(merge === 'add'
      ? [`x = Dense(${units})(x)`, `y = Dense(${units})(y)`, 'z = tf.keras.layers.add([x, y])']
      : ['z = tf.keras.layers.concatenate([x, y])']),
    `out = ${head.python.replace(/^layers\./, 'tf.keras.layers.')}(z)`,
    'model = tf.keras.Model(inputs=[left, right], outputs=out)'
  ]
    .join('\n')
    .replaceAll(/= (layers\.)/g, '= tf.keras.$1')
  return {
    code,
    build: () => {
      const left = tf.input({shape: [steps, features]})
      const right = tf.input({shape: [steps, features]})
      const sharedLayer = shared.tfjs()
      let x = a.tfjs().apply(sharedLayer.apply(left)) as tf.SymbolicTensor
      let y = b.tfjs().apply(sharedLayer.apply(right)) as tf.SymbolicTensor
      let z: tf.SymbolicTensor
      if (merge === 'add') {
        x = tf.layers.dense({units}).apply(x) as tf.SymbolicTensor
        y = tf.layers.dense({units}).apply(y) as tf.SymbolicTensor
        z = tf.layers.add().apply([x, y]) as tf.SymbolicTensor
      } else {
        z = tf.layers.concatenate().apply([x, y]) as tf.SymbolicTensor
      }
      const out = head.tfjs().apply(z) as tf.SymbolicTensor
      return tf.model({inputs: [left, right], outputs: out})
    }
  }
}

/** `count` random Keras programs, Sequential and functional. */
export function randomKerasPrograms(count: number, seed: number): KerasProgram[] {
  const next = seeded(seed)
  return Array.from({length: count}, (_, index) =>
    index % 3 === 2 ? functionalProgram(next) : sequentialProgram(next)
  )
}
