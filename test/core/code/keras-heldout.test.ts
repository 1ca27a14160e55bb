import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Keras models in the styles real course and tutorial code uses
// (test/fixtures/code/heldout-keras: Keras 2 notebooks, tf.keras, Keras 3,
// the Keras examples and guides), each counted by hand below, one comment per
// layer, with Keras's formulas: LSTM 4·(h·(n+h)+h), GRU with reset_after
// (Keras 3's default) 3·(h·(n+h)+2h), without 3·(h·(n+h)+h), Dense n·o+o.
// keras-heldout-tfjs.test.ts builds those TF.js can build and compares.

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/code/heldout-keras/${name}`, import.meta.url), 'utf8')

const lstm = (n: number, h: number) => 4 * (h * (n + h) + h)
const gru = (n: number, h: number) => 3 * (h * (n + h) + 2 * h)
const gruKeras2 = (n: number, h: number) => 3 * (h * (n + h) + h)
const dense = (n: number, o: number) => n * o + o

interface HeldOut {
  readonly file: string
  readonly sizes?: Readonly<Record<string, number>>
  readonly total: number
  /** Absent: every parameter is trainable. */
  readonly nonTrainable?: number
  readonly model?: string
}

const heldOut: readonly HeldOut[] = [
  {
    file: 'keras2-imdb-lstm.py',
    // Embedding 5000·32, LSTM(100) on 32, Dense(1); its summary says 213,301.
    total: 5000 * 32 + lstm(32, 100) + dense(100, 1)
  },
  {
    file: 'keras2-imdb-cnn-lstm.py',
    // Embedding, Conv1D 3·32·32+32, pooling, LSTM(100) on 32, Dense(1): 216,405.
    total: 5000 * 32 + (3 * 32 * 32 + 32) + lstm(32, 100) + dense(100, 1)
  },
  {
    file: 'keras2-cudnn.py',
    // Embedding 20000·128; CuDNNLSTM(64) on 128: kernels 4·64·(128+64) and a bias of 8·64;
    // CuDNNGRU(32) on 64: kernels 3·32·(64+32) and a bias of 6·32; Dense(6).
    total: 20000 * 128 + (4 * 64 * 192 + 8 * 64) + (3 * 32 * 96 + 6 * 32) + dense(32, 6)
  },
  {
    file: 'keras2-gru-reset-after-false.py',
    // GRU(32) on input_dim 10 and GRU(16) on 32, one bias row each; Dense(1).
    total: gruKeras2(10, 32) + gruKeras2(32, 16) + dense(16, 1)
  },
  {
    file: 'tf-text-classification-rnn.py',
    sizes: {'len(encoder.get_vocabulary())': 1000},
    // TextVectorization 0; Embedding 1000·64; BiLSTM(64) on 64; BiLSTM(32) on 128; Dense(64); Dense(1).
    total: 1000 * 64 + 2 * lstm(64, 64) + 2 * lstm(128, 32) + dense(64, 64) + dense(64, 1)
  },
  {
    file: 'keras3-stacked-lstm.py',
    // Embedding 10000·64; LSTM(128) on 64; LSTM(128) on 128; LSTM(64) on 128; Dense(5).
    total: 10000 * 64 + lstm(64, 128) + lstm(128, 128) + lstm(128, 64) + dense(64, 5)
  },
  {
    file: 'keras-lstm-seq2seq.py',
    sizes: {'len(input_characters)': 71, 'len(target_characters)': 93},
    // Encoder LSTM(256) on 71 tokens, decoder LSTM(256) on 93, Dense(93); the inference
    // models reuse these layers and add none.
    total: lstm(71, 256) + lstm(93, 256) + dense(256, 93)
  },
  {
    file: 'keras-weather-forecast.py',
    sizes: {'inputs.shape[1]': 120, 'inputs.shape[2]': 7},
    // LSTM(32) on 7 features, Dense(1): the example's 5,153.
    total: lstm(7, 32) + dense(32, 1)
  },
  {
    file: 'keras2-timedistributed.py',
    // LSTM(50) on 3, LSTM(50) on 50, TimeDistributed(Dense(1)) on 50.
    total: lstm(3, 50) + lstm(50, 50) + dense(50, 1)
  },
  {
    file: 'keras-toxic-gru-pooling.py',
    // Embedding 30000·300; Bidirectional GRU(80) on 300; pools of 160 each, joined 320; Dense(6).
    total: 30000 * 300 + 2 * gru(300, 80) + dense(320, 6)
  },
  {
    file: 'keras-pretrained-glove.py',
    sizes: {'len(voc)': 20000, 'len(class_names)': 20},
    // Frozen Embedding 20002·100; Conv1D(128, 5) on 100, twice on 128; Dense(128); Dense(20).
    total:
      20002 * 100 +
      (5 * 100 * 128 + 128) +
      2 * (5 * 128 * 128 + 128) +
      dense(128, 128) +
      dense(128, 20),
    nonTrainable: 20002 * 100
  },
  {
    file: 'keras2-glove-weights-frozen.py',
    // Frozen Embedding 8000·50; LSTM(64) on 50; Dense(3).
    total: 8000 * 50 + lstm(50, 64) + dense(64, 3),
    nonTrainable: 8000 * 50
  },
  {
    file: 'keras-freeze-after-build.py',
    // Embedding 1000·16 (get_layer → frozen); LSTM(32) on 16 (layers[1:2] → frozen);
    // LSTM(16) on 32; Dense(4).
    total: 1000 * 16 + lstm(16, 32) + lstm(32, 16) + dense(16, 4),
    nonTrainable: 1000 * 16 + lstm(16, 32)
  },
  {
    file: 'keras-transformer-block.py',
    // Embedding 20000·32; MultiHeadAttention(2 heads of 32) on 32: q, k, v 32·2·32 + 2·32 each,
    // output 2·32·32 + 32; two LayerNormalization 2·32; Dense(32) twice; Dense(20); Dense(2).
    total:
      20000 * 32 +
      3 * (32 * 2 * 32 + 2 * 32) +
      (2 * 32 * 32 + 32) +
      2 * (2 * 32) +
      2 * dense(32, 32) +
      dense(32, 20) +
      dense(20, 2)
  },
  {
    file: 'keras-timeseries-transformer.py',
    // Four blocks on 1 feature: MultiHeadAttention(4 heads of 256): q, k, v 1·4·256 + 4·256 each,
    // output 4·256·1 + 1; LayerNormalization 2; Conv1D(4, 1) 1·4+4; Conv1D(1, 1) 4·1+1;
    // LayerNormalization 2. Then Dense(128) on 1, Dense(2): the example's 29,258.
    total: 4 * (3 * (1024 + 1024) + (1024 + 1) + 2 + 8 + 5 + 2) + dense(1, 128) + dense(128, 2)
  },
  {
    file: 'keras-attention-layer-doc.py',
    // Shared Embedding 1000·64 and Conv1D(100, 4) 4·64·100+100 counted once; Attention 0;
    // pools joined 200 wide; Dense(1).
    total: 1000 * 64 + (4 * 64 * 100 + 100) + dense(200, 1)
  },
  {
    file: 'keras-bahdanau-additive.py',
    // Embeddings 8000·128 and 6000·128; GRU(256) on 128 twice; AdditiveAttention's scale 256;
    // TimeDistributed Dense(6000) on 256+256.
    total: 8000 * 128 + 6000 * 128 + 2 * gru(128, 256) + 256 + dense(512, 6000)
  },
  {
    file: 'keras-luong-dot-attention.py',
    // Embeddings 60·64 and 70·64; LSTM(64) on 64 twice; dot products 0; the context 64
    // joined to the decoder's 64; TimeDistributed Dense(64) on 128 and Dense(70) on 64.
    total: 60 * 64 + 70 * 64 + 2 * lstm(64, 64) + dense(128, 64) + dense(64, 70)
  },
  {
    file: 'keras-rnn-cells.py',
    // RNN(LSTMCell(64)) on 12; StackedRNNCells LSTMCell(32) on 12 and on 32; GRU(16) on 32;
    // output, h and c (64 each) and the GRU's 16 joined: Dense(3) on 208.
    total: lstm(12, 64) + lstm(12, 32) + lstm(32, 32) + gru(32, 16) + dense(208, 3)
  },
  {
    file: 'keras-next-frame-convlstm.py',
    // ConvLSTM2D(64, 5×5) on 1 channel: 4·5·5·(1+64)·64 + 4·64; BatchNormalization(64) 4·64,
    // half moving statistics; ConvLSTM2D(64, 3×3) on 64; BatchNormalization; ConvLSTM2D(64, 1×1);
    // Conv3D(1, 3×3×3) on 64: 27·64+1. The example's 746,689, 256 non-trainable.
    total:
      4 * 25 * 65 * 64 +
      256 +
      256 +
      (4 * 9 * 128 * 64 + 256) +
      256 +
      (4 * 128 * 64 + 256) +
      (27 * 64 + 1),
    nonTrainable: 2 * 128
  },
  {
    file: 'keras-ocr-captcha.py',
    sizes: {'len(char_to_num.get_vocabulary())': 20},
    // Conv2D(32, 3×3) on 1; Conv2D(64, 3×3) on 32; Reshape to (50, 12·64); Dense(64) on 768;
    // BiLSTM(128) on 64; BiLSTM(64) on 256; Dense(21) on 128: the example's 432,725.
    total:
      9 * 32 +
      32 +
      (9 * 32 * 64 + 64) +
      dense(768, 64) +
      2 * lstm(64, 128) +
      2 * lstm(256, 64) +
      dense(128, 21)
  },
  {
    file: 'keras-inputlayer-permute-lambda.py',
    // InputLayer (40, 100), Permute → (100, 40), Lambda 0, SimpleRNN(64) on 40:
    // 64·40+64·64+64; Reshape (100, 8, 8), Flatten 6400, Dense(10).
    total: 64 * 40 + 64 * 64 + 64 + dense(6400, 10)
  },
  {
    file: 'keras-bidirectional-merge-none.py',
    // Bidirectional LSTM(32) on 16, directions apart, added (32 wide);
    // Bidirectional LSTM(24) forward and LSTM(16) backward on 32, joined 40; Dense(2).
    total: 2 * lstm(16, 32) + lstm(32, 24) + lstm(32, 16) + dense(40, 2)
  },
  {
    file: 'keras-guide-encoder-decoder.py',
    // Embeddings 1000·64 and 2000·64; LSTM(64) on 64 twice; Dense(10): the guide's 258,698.
    total: 1000 * 64 + 2000 * 64 + 2 * lstm(64, 64) + dense(64, 10)
  },
  {
    file: 'keras-guide-bidirectional.py',
    // BiLSTM(64) on 10; BiLSTM(32) on 128; Dense(10) on 64: the guide's 80,266.
    total: 2 * lstm(10, 64) + 2 * lstm(128, 32) + dense(64, 10)
  },
  {
    file: 'keras2-repeatvector-autoencoder.py',
    sizes: {'len(sequence)': 9},
    // LSTM(100) on 1; RepeatVector 0; LSTM(100) on 100; TimeDistributed Dense(1).
    total: lstm(1, 100) + lstm(100, 100) + dense(100, 1)
  },
  {
    file: 'keras-stock-lstm.py',
    model: 'regressor',
    // LSTM(50) on 1 feature; LSTM(50) on 50 twice; Dense(1).
    total: lstm(1, 50) + 2 * lstm(50, 50) + dense(50, 1)
  },
  {
    file: 'keras2-legacy-output-dim.py',
    // Keras 1's names: LSTM(output_dim=50) on input_dim 1; LSTM(100) on 50; Dense(output_dim=1).
    total: lstm(1, 50) + lstm(50, 100) + dense(100, 1)
  },
  {
    file: 'keras-cnn-lstm-video.py',
    // Star-imported layers. TimeDistributed Conv2D(16, 3×3) on 3 channels: 9·3·16+16;
    // pooling; Conv2D(32, 3×3) on 16: 9·16·32+32; global pooling to 32; LSTM(32) on 32; Dense(5).
    total: 9 * 3 * 16 + 16 + (9 * 16 * 32 + 32) + lstm(32, 32) + dense(32, 5)
  },
  {
    file: 'keras-addition-rnn.py',
    // 12 characters (a string's len): LSTM(128) on 12; RepeatVector 0; LSTM(128) on 128;
    // Dense(12) on every step.
    total: lstm(12, 128) + lstm(128, 128) + dense(128, 12)
  },
  {
    file: 'keras-dlwp-one-hot-bidirectional.py',
    // tf.one_hot to 20000 wide; Bidirectional LSTM(32) on 20000; Dense(1) on 64.
    total: 2 * lstm(20000, 32) + dense(64, 1)
  },
  {
    file: 'keras-stringlookup-normalization.py',
    sizes: {'lookup.vocabulary_size()': 5},
    // StringLookup 0; Embedding 5·8; GRU(8) on 8; Normalization of 4 features: mean and
    // variance 4 each and a count, none trainable; Dense(1) on 8+4.
    total: 5 * 8 + gru(8, 8) + (4 + 4 + 1) + dense(12, 1),
    nonTrainable: 9
  }
]

describe('held-out Keras models, counted by hand', () => {
  it('covers every fixture', async () => {
    const {readdirSync} = await import('node:fs')
    const files = readdirSync(new URL('../../fixtures/code/heldout-keras/', import.meta.url))
    expect(heldOut.map((model) => model.file).sort()).toEqual(files.sort())
    expect(files.length).toBeGreaterThanOrEqual(25)
  })

  it.each(heldOut)('$file', ({file, sizes, total, nonTrainable = 0, model}) => {
    const analysis = readModelCode(fixture(file), {sizes: sizes ?? {}})
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
    const {breakdown} = analysis
    expect(breakdown.models).toEqual([model ?? 'model'])
    expect(breakdown.total).toBe(total)
    expect(breakdown.nonTrainable).toBe(nonTrainable)
    expect(breakdown.trainable).toBe(total - nonTrainable)
  })

  it.each(heldOut.filter((model) => model.sizes))(
    '$file asks for its run-time sizes at their text',
    ({file, sizes}) => {
      const code = fixture(file)
      const analysis = readModelCode(code)
      expect(analysis.ok).toBe(false)
      if (analysis.ok) return
      const [problem] = analysis.problems
      expect(problem?.ruleId).toBe('unresolved-size')
      expect(Object.keys(sizes ?? {})).toContain(code.slice(problem?.from, problem?.to))
    }
  )
})
