import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Keras layers TF.js lacks, counted from Keras 3's source
// (keras/src/layers/...): MultiHeadAttention's four EinsumDense projections
// (query/key/value kernels [width, heads, key_dim|value_dim] and biases
// [heads, dim]; attention_output kernel [heads, value_dim, out] and bias
// [out], out = the query's width unless output_shape); Attention's scalar
// `scale` (use_scale) and `concat_score_weight` (score_mode="concat");
// AdditiveAttention's `scale` of the query's width (use_scale, its default);
// GRU's bias of shape [2, 3h] under reset_after=True, Keras 3's default;
// grouped convolutions' kernel [k, c/g, f].

function count(code: string) {
  const analysis = readModelCode(`import keras\nfrom keras import layers\n${code}\n`)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

const shapes = (code: string) =>
  Object.fromEntries(count(code).terms.map((term) => [term.id, [...term.shape]]))

describe('Keras layers counted from Keras source', () => {
  it('MultiHeadAttention: the example of its docstring (2 heads of 2, query 16 wide)', () => {
    const breakdown = count(`query = keras.Input(shape=(8, 16))
value = keras.Input(shape=(4, 16))
attention = layers.MultiHeadAttention(num_heads=2, key_dim=2)
out = attention(query, value)
model = keras.Model(inputs=[query, value], outputs=out)`)
    expect(breakdown.total).toBe(3 * (16 * 2 * 2 + 2 * 2) + 2 * 2 * 16 + 16)
    expect(breakdown.terms.map((term) => term.id)).toEqual([
      'multi_head_attention/query/kernel',
      'multi_head_attention/query/bias',
      'multi_head_attention/key/kernel',
      'multi_head_attention/key/bias',
      'multi_head_attention/value/kernel',
      'multi_head_attention/value/bias',
      'multi_head_attention/attention_output/kernel',
      'multi_head_attention/attention_output/bias'
    ])
  })

  it('MultiHeadAttention: key, value_dim, output_shape and no bias', () => {
    expect(
      shapes(`q = keras.Input(shape=(5, 6))
v = keras.Input(shape=(7, 3))
k = keras.Input(shape=(7, 4))
out = layers.MultiHeadAttention(3, 2, value_dim=5, use_bias=False, output_shape=9)(query=q, value=v, key=k)
model = keras.Model([q, v, k], out)`)
    ).toEqual({
      'multi_head_attention/query/kernel': [6, 3, 2],
      'multi_head_attention/key/kernel': [4, 3, 2],
      'multi_head_attention/value/kernel': [3, 3, 5],
      'multi_head_attention/attention_output/kernel': [3, 5, 9]
    })
  })

  it('Attention and AdditiveAttention: scales and the concat score weight', () => {
    const breakdown = count(`q = keras.Input(shape=(5, 6))
v = keras.Input(shape=(7, 6))
a = layers.Attention()([q, v])
b = layers.Attention(use_scale=True, score_mode='concat')([q, v])
c = layers.AdditiveAttention()([q, v])
d = layers.AdditiveAttention(use_scale=False)([q, v])
model = keras.Model([q, v], layers.concatenate([a, b, c, d]))`)
    expect(breakdown.layers.map((layer) => [layer.type, layer.params])).toEqual([
      ['Attention', 0],
      ['Attention', 2],
      ['AdditiveAttention', 6],
      ['AdditiveAttention', 0],
      ['Concatenate', 0]
    ])
  })

  it("GRU: Keras 3's reset_after=True keeps two bias rows; reset_after=False one", () => {
    expect(
      shapes('model = keras.Sequential([keras.Input((None, 4)), layers.GRU(5)])')['gru/bias']
    ).toEqual([2, 15])
    expect(
      shapes(
        'model = keras.Sequential([keras.Input((None, 4)), layers.GRU(5, reset_after=False)])'
      )['gru/bias']
    ).toEqual([15])
  })

  it('grouped convolutions divide the kernel by the groups', () => {
    expect(
      shapes('model = keras.Sequential([keras.Input((10, 6)), layers.Conv1D(4, 3, groups=2)])')
    ).toEqual({'conv1d/kernel': [3, 3, 4], 'conv1d/bias': [4]})
  })

  it('BatchNormalization: moving statistics are non-trainable weights', () => {
    const breakdown = count(
      'model = keras.Sequential([keras.Input((3,)), layers.BatchNormalization(center=False)])'
    )
    expect([breakdown.total, breakdown.trainable, breakdown.nonTrainable]).toEqual([9, 3, 6])
  })

  it('a layer called twice is counted once; frozen with trainable=False', () => {
    const breakdown = count(`a = keras.Input(shape=(3,))
b = keras.Input(shape=(3,))
shared = layers.Dense(4, trainable=False, name='shared')
model = keras.Model([a, b], layers.add([shared(a), shared(b)]))`)
    expect(breakdown.layers.map((layer) => [layer.name, layer.params, layer.trainable])).toEqual([
      ['shared', 16, 0],
      ['add', 0, 0]
    ])
  })

  it('a seq2seq: encoder states start the decoder (initial_state), return_state unpacked', () => {
    const breakdown = count(`encoder_inputs = keras.Input(shape=(None, 10))
encoder = layers.LSTM(8, return_state=True)
encoder_outputs, state_h, state_c = encoder(encoder_inputs)
decoder_inputs = keras.Input(shape=(None, 12))
decoder_lstm = layers.LSTM(8, return_sequences=True, return_state=True)
decoder_outputs, _, _ = decoder_lstm(decoder_inputs, initial_state=[state_h, state_c])
decoder_dense = layers.Dense(12, activation='softmax')
model = keras.Model([encoder_inputs, decoder_inputs], decoder_dense(decoder_outputs))`)
    expect(breakdown.layers.map((layer) => layer.params)).toEqual([
      4 * (10 * 8 + 8 * 8 + 8),
      4 * (12 * 8 + 8 * 8 + 8),
      8 * 12 + 12
    ])
  })
})
