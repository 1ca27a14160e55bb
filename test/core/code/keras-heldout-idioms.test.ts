import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// The idioms the held-out Keras models needed, each on its own: Python
// operators and indexing on Keras tensors, slices of model.layers,
// get_layer, states of wrapped cells, merge_mode=None, backward_layer,
// Normalization, Dot, Conv3D, and widths the code only knows at run time.

const keras = 'import keras\nfrom keras import layers\n'

function read(code: string, sizes: Record<string, number> = {}) {
  const analysis = readModelCode(keras + code, {sizes})
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

function problem(code: string) {
  const analysis = readModelCode(keras + code)
  if (analysis.ok) throw new Error('expected a problem')
  const [first] = analysis.problems
  return {...first, text: (keras + code).slice(first?.from, first?.to)}
}

const params = (breakdown: ReturnType<typeof read>) =>
  Object.fromEntries(breakdown.layers.map((layer) => [layer.name, layer.params]))

describe('Keras idioms of course code', () => {
  it('follows operators and indexing on Keras tensors', () => {
    const breakdown = read(
      [
        'a = keras.Input((5, 8))',
        'b = keras.Input((1, 8))',
        'd = keras.Input((8,))',
        'c = a + b',
        'e = 2 * (c - d) + scale',
        'h = layers.Dense(2)(e)',
        'i = layers.Dense(3)(c[:, -1, :])',
        'j = layers.Dense(4)(c[:, 1:3])',
        'k = layers.Dense(1)(e[:, 0])',
        'w = layers.Dense(5)(a)',
        'u = layers.Dense(6)(w * 0.5 + a.shape[-1])',
        'model = keras.Model([a, b, d], [h, i, j, k, u])\n'
      ].join('\n')
    )
    expect(params(breakdown)).toEqual({
      // Dense(2) on (5, 8) broadcast with (1, 8) and (8,): 8·2+2.
      dense: 18,
      // The last step's 8 features: 8·3+3.
      dense_1: 27,
      // Steps 1:3 keep their 8 features: 8·4+4.
      dense_2: 36,
      // e[:, 0]: the first step, 8·1+1.
      dense_3: 9,
      // Dense(5) on 8: 45; Dense(6) on w·0.5 + 8 (a number keeps w's width): 5·6+6.
      dense_4: 45,
      dense_5: 36
    })
    // The edges into a layer are those of every tensor an operator combined.
    expect(breakdown.layers[0]?.connections).toEqual([
      'input_layer[0][0]',
      'input_layer_1[0][0]',
      'input_layer_2[0][0]'
    ])
  })

  it('broadcasts shapes as numpy does, a known length winning over None', () => {
    const breakdown = read(
      [
        'p = keras.Input((None, 8))',
        'q = keras.Input((3, 8))',
        'b = keras.Input((1, 8))',
        'd = keras.Input((8,))',
        'o1 = layers.Dense(1)(p + q)',
        'o2 = layers.Dense(1)(q + p)',
        'o3 = layers.Dense(1)(b + q)',
        'o4 = layers.Dense(1)(d + q)',
        'o5 = layers.Dense(1)(b + d)',
        'o6 = layers.Dense(1)(p + p)',
        'kind = q.dtype',
        'keys = {"u": 1}.keys',
        'model = keras.Model([p, q, b, d], [o1, o2, o3, o4, o5, o6])\n'
      ].join('\n')
    )
    expect(breakdown.layers.map((layer) => layer.outputShape)).toEqual([
      [null, 3, 1],
      [null, 3, 1],
      [null, 3, 1],
      [null, 3, 1],
      [null, 1, 1],
      [null, null, 1]
    ])
    // Dense(1) on 8, six times.
    expect(breakdown.total).toBe(6 * 9)
  })

  it('slices model.layers and finds layers with get_layer', () => {
    const breakdown = read(
      [
        'model = keras.Sequential([keras.Input((None, 3)), layers.LSTM(2, return_sequences=True), layers.LSTM(2, return_sequences=True), layers.LSTM(2, return_sequences=True), layers.Dense(1)])',
        'for layer in model.layers[::2]:',
        '    layer.trainable = False',
        'model.get_layer(index=-1).trainable = False',
        'for layer in model.layers[::-1]:',
        '    layer.trainable = False',
        'for layer in model.layers[:n]:',
        '    layer.trainable = False',
        'model.get_layer("lstm_1").trainable = True',
        'model.get_layer("nope")\n'
      ].join('\n')
    )
    // LSTM(2) on 3: 4·(2·5+2) = 48, on 2: 4·(2·4+2) = 40, Dense(1) on 2: 3. Frozen: layers
    // 0 and 2 (every second), the last by index; a step back or an unknown bound is not followed.
    expect(breakdown.total).toBe(48 + 40 + 40 + 3)
    expect(breakdown.trainable).toBe(40)
  })

  it('gives the states of wrapped and stacked cells, and merge_mode=None two outputs', () => {
    const breakdown = read(
      [
        'x = keras.Input((7, 5))',
        'out, fh, fc, bh, bc = layers.Bidirectional(layers.LSTM(4, return_state=True), backward_layer=layers.LSTM(3, return_state=True, go_backwards=True))(x)',
        'f, b, h1, c1, h2, c2 = layers.Bidirectional(layers.LSTM(2, return_sequences=True, return_state=True), merge_mode=None)(x)',
        's, s1, s2, s3, s4 = layers.RNN(layers.StackedRNNCells([layers.LSTMCell(6), layers.LSTMCell(5)]), return_state=True)(x)',
        'q, qh = layers.CuDNNGRU(3, return_sequences=True, return_state=True)(x)',
        'cat = layers.concatenate([fh, bh, bc, h2, c2, s2, s4, qh])',
        'model = keras.Model(x, [layers.Dense(1)(cat), f, b, q])\n'
      ].join('\n')
    )
    expect(params(breakdown)).toEqual({
      // LSTM(4) forward 4·(4·9+4) and LSTM(3) backward 4·(3·8+3) on 5 features.
      bidirectional: 160 + 108,
      // LSTM(2) each way: 2·4·(2·7+2).
      bidirectional_1: 128,
      // LSTMCell(6) on 5: 4·(6·11+6); LSTMCell(5) on 6: 4·(5·11+5).
      rnn: 288 + 240,
      // cuDNN GRU(3) on 5: 3·3·(5+3) weights and 6·3 biases.
      cu_dnngru: 72 + 18,
      concatenate: 0,
      // States joined: 4+3+3 (Bidirectional), 2+2 (backward h, c), 6 (c of the first cell),
      // 5 (c of the second), 3 (the GRU's h): 28·1+1.
      dense: 29
    })
    expect(breakdown.layers.find((layer) => layer.name === 'bidirectional_1')?.outputShape).toEqual(
      [null, 7, 2]
    )
  })

  it('counts Normalization, Dot and Conv3D', () => {
    const breakdown = read(
      [
        'a = keras.Input((4, 6))',
        'b = keras.Input((5, 6))',
        'n0 = layers.Normalization()(a)',
        'n1 = layers.Normalization(axis=None)(a)',
        'n2 = layers.Normalization(mean=[0.5] * 6, variance=[1.0] * 6)(a)',
        'd1 = layers.Dot(axes=-1)([a, b])',
        'd2 = layers.dot([a, b], 2)',
        'v = layers.Input((4, 6, 6, 2))',
        'c3 = layers.MaxPool3D(2)(layers.Conv3D(3, 3, padding="same")(v))',
        'model = keras.Model([a, b, v], [layers.Dense(1)(d1), layers.Dense(1)(d2), n0, n1, n2, layers.Flatten()(c3)])\n'
      ].join('\n')
    )
    expect(params(breakdown)).toEqual({
      // Mean and variance per feature and a count: 6+6+1, none trainable.
      normalization: 13,
      // axis=None: one mean, one variance, a count.
      normalization_1: 3,
      // Given its mean and variance: no weights.
      normalization_2: 0,
      // (4, 6)·(5, 6) over the features: (4, 5).
      dot: 0,
      dot_1: 0,
      // 3·3·3·2·3 weights and 3 biases.
      conv3d: 165,
      max_pooling3d: 0,
      // Dense(1) on the dot products' 5: 6 each.
      dense: 6,
      dense_1: 6,
      flatten: 0
    })
    expect(breakdown.nonTrainable).toBe(16)
    expect(breakdown.layers.find((layer) => layer.name === 'flatten')?.outputShape).toEqual([
      null,
      2 * 3 * 3 * 3
    ])
  })

  it('reads the CuDNN layers from tf.compat.v1.keras too', () => {
    const analysis = readModelCode(
      'import tensorflow as tf\nfrom tensorflow.compat.v1.keras.layers import CuDNNLSTM\nmodel = tf.keras.Sequential([tf.keras.Input((None, 4)), CuDNNLSTM(3), tf.compat.v1.keras.layers.CuDNNGRU(2)])\n'
    )
    // CuDNNLSTM(3) on 4: 4·3·7 + 8·3; CuDNNGRU(2) on 3: 3·2·5 + 6·2.
    expect(analysis.ok && analysis.breakdown.total).toBe(108 + 42)
  })

  it('counts CuDNNLSTM with its two biases', () => {
    const breakdown = read(
      'model = keras.Sequential([keras.Input((None, 4)), layers.CuDNNLSTM(3, return_sequences=True)])\n'
    )
    // 4·3·(4+3) kernel weights and 8·3 biases.
    expect(breakdown.total).toBe(84 + 24)
    expect(breakdown.layers[0]?.outputShape).toEqual([null, null, 3])
  })

  it('asks for a width the code only knows at run time, at its text', () => {
    const whole = problem(
      'inputs = keras.Input(shape=x_train.shape[1:])\nmodel = keras.Model(inputs, layers.LSTM(4)(layers.Dropout(0.1)(inputs)))\n'
    )
    expect(whole.ruleId).toBe('unresolved-size')
    expect(whole.text).toBe('x_train.shape[1:]')
    expect(whole.message).toContain('as numbers')
    const declared = problem(
      'model = keras.Sequential()\nmodel.add(layers.LSTM(50, input_shape=(X.shape[1], X.shape[2])))\nmodel.add(layers.Dense(1))\n'
    )
    expect(declared.text).toBe('X.shape[2]')
    expect(declared.message).toContain('sizes="X.shape[2]=…"')
    const listed = problem(
      'model = keras.Sequential([keras.Input(shape=(None, X.shape[2])), layers.Dropout(0.2), layers.GRU(4)])\n'
    )
    expect(listed.text).toBe('X.shape[2]')
    // Given, it counts: GRU(4) on 3: 3·(4·7+8).
    const given = readModelCode(
      `${keras}model = keras.Sequential([keras.Input(shape=(None, X.shape[2])), layers.Dropout(0.2), layers.GRU(4)])\n`,
      {sizes: {'X.shape[2]': 3}}
    )
    expect(given.ok && given.breakdown.total).toBe(108)
    // A run-time length no layer needs asks for nothing: Embedding(10, 3), LSTM(4) on 3.
    const length = read(
      'inp = keras.Input(shape=(X.shape[1],))\nmodel = keras.Model(inp, layers.LSTM(4)(layers.Embedding(10, 3)(inp)))\n'
    )
    expect(length.total).toBe(30 + 4 * (4 * 7 + 4))
  })

  it("reads Keras 1's names, star imports and concatenation along another axis", () => {
    const analysis = readModelCode(
      [
        'from keras.layers import *',
        'from torch.nn import *',
        'from keras.models import Model',
        'a = Input(shape=(5, 8))',
        'b = Input(shape=(3, 8))',
        'c = Concatenate(axis=1)([a, b])',
        'c2 = concatenate([a, b], axis=-2)',
        'd = LSTM(output_dim=4)(c)',
        'e = GRU(4, reset_after=False)(c2)',
        'f = Dense(output_dim=2)(concatenate([d, e]))',
        'model = Model(input=[a, b], output=[f, notALayer])\n'
      ].join('\n')
    )
    expect(analysis.ok).toBe(false)
    const fixed = readModelCode(
      [
        'from keras.layers import *',
        'from torch.nn import *',
        'from keras.models import Model',
        'a = Input(shape=(5, 8))',
        'b = Input(shape=(3, 8))',
        'c = Concatenate(axis=1)([a, b])',
        'c2 = concatenate([a, b], axis=-2)',
        'd = LSTM(output_dim=4)(c)',
        'e = GRU(4, reset_after=False)(c2)',
        'f = Dense(output_dim=2)(concatenate([d, e]))',
        'model = Model(input=[a, b], output=f)\n'
      ].join('\n')
    )
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems))
    // Steps joined (5+3), 8 features: LSTM(4) 4·(4·12+4), GRU(4) 3·(4·12+4), Dense(2) on 8.
    expect(fixed.breakdown.total).toBe(208 + 156 + 18)
    expect(fixed.breakdown.layers[0]?.outputShape).toEqual([null, 8, 8])
    expect(fixed.breakdown.inputs?.map((input) => input.shape)).toEqual([
      [null, 5, 8],
      [null, 3, 8]
    ])
    // A star import from torch.nn brings its layers too: Linear(3, 4) is 3·4+4.
    const torch = readModelCode('from torch.nn import *\nmodel = Sequential(Linear(3, 4))\n')
    expect(torch.ok && torch.breakdown.total).toBe(16)
  })

  it('reads a recurrent layer’s input_dim as a sequence of that width', () => {
    const breakdown = read(
      'model = keras.Sequential([layers.SimpleRNN(3, input_dim=2, input_length=6, return_sequences=True)])\n'
    )
    // 3·2 + 3·3 + 3, its output (None, 6, 3).
    expect(breakdown.total).toBe(18)
    expect(breakdown.layers[0]?.outputShape).toEqual([null, 6, 3])
  })

  it('encodes categories: one-hot per element, multi-hot per sample', () => {
    const breakdown = read(
      [
        'ids = keras.Input(shape=(None,), dtype="int64")',
        'single = keras.Input(shape=(1,), dtype="int64")',
        'x = layers.LSTM(8)(layers.CategoryEncoding(num_tokens=30, output_mode="one_hot")(ids))',
        'y = layers.Dense(2)(layers.CategoryEncoding(30)(ids))',
        'z = layers.Dense(3)(layers.CategoryEncoding(5, "one_hot")(single))',
        'n = len({"a": 1, "b": 2})',
        'model = keras.Model([ids, single], [layers.Dense(n)(x), y, z])\n'
      ].join('\n')
    )
    // LSTM(8) on 30: 4·(8·38+8); Dense(2) on 30; Dense(3) on 5; Dense(len of a dict = 2) on 8.
    expect(breakdown.total).toBe(1248 + 62 + 18 + 18)
    const shapes = breakdown.layers
      .filter((layer) => layer.type === 'CategoryEncoding')
      .map((layer) => layer.outputShape)
    expect(shapes).toEqual([
      [null, null, 30],
      [null, 30],
      [null, 5]
    ])
  })

  it('follows tf.one_hot and tf.concat on Keras tensors, and names other operations', () => {
    const breakdown = read(
      [
        'import tensorflow as tf',
        'a = keras.Input((5, 3))',
        'b = keras.Input((5, 4))',
        'ids = keras.Input((None,), dtype="int32")',
        'c = tf.concat([a, b], axis=-1)',
        'd = keras.ops.one_hot(ids, num_classes=6)',
        'e = tf.one_hot(ids, depth)',
        'f = tf.concat([a, b], 2)',
        'g = tf.concat([keras.Input((5, None)), a], -1)',
        'model = keras.Model([a, b, ids], [layers.LSTM(2)(c), layers.Dense(1)(d), layers.Dense(1)(e), layers.Dense(1)(f)])\n'
      ].join('\n'),
      {depth: 9}
    )
    // LSTM(2) on 3+4: 4·(2·9+2); Dense(1) on 6, on 9 and on 3+4.
    expect(breakdown.total).toBe(80 + 7 + 10 + 8)
    const operation = problem(
      'import tensorflow as tf\na = keras.Input((5, 3))\nmodel = keras.Model(a, layers.Dense(1)(tf.reduce_mean(a, axis=1)))\n'
    )
    expect(operation.ruleId).toBe('unknown-input-width')
    expect(operation.text).toBe('tf.reduce_mean(a, axis=1)')
    const depth = problem(
      'import tensorflow as tf\na = keras.Input((5,))\nmodel = keras.Model(a, layers.LSTM(2)(tf.one_hot(a, n_chars)))\n'
    )
    expect(depth.ruleId).toBe('unresolved-size')
    expect(depth.text).toBe('n_chars')
    const noDepth = problem(
      'import tensorflow as tf\na = keras.Input((5,))\nmodel = keras.Model(a, layers.LSTM(2)(tf.one_hot(a)))\n'
    )
    expect(noDepth.text).toBe('tf.one_hot(a)')
    // A TensorFlow function of no Keras tensor is not followed (a number the code computes).
    expect(
      problem('import tensorflow as tf\nmodel = keras.Sequential([layers.Dense(tf.size(v))])\n')
        .ruleId
    ).toBe('unresolved-size')
  })

  it('wants a functional model’s outputs', () => {
    const missing = problem('model = keras.Model(inputs=keras.Input((3,)))\n')
    expect(missing.ruleId).toBe('bad-layer-argument')
    expect(missing.message).toContain('outputs')
    // Outputs alone: Dense(1) on 2.
    expect(read('model = keras.Model(outputs=layers.Dense(1)(keras.Input((2,))))\n').total).toBe(3)
  })

  it('reads MultiHeadAttention’s output_shape as a tuple of one width', () => {
    const breakdown = read(
      [
        'target = keras.Input(shape=[8, 16])',
        'source = keras.Input(shape=[4, 16])',
        'layer = layers.MultiHeadAttention(num_heads=2, key_dim=2, value_dim=3, output_shape=(5,))',
        'output_tensor, weights = layer(target, source, return_attention_scores=True)',
        'model = keras.Model([target, source], output_tensor)\n'
      ].join('\n')
    )
    // query and key 16·2·2 + 2·2 each, value 16·2·3 + 2·3, output 2·3·5 + 5.
    expect(breakdown.total).toBe(68 + 68 + 102 + 35)
    expect(breakdown.layers[0]?.outputShape).toEqual([null, 8, 5])
    const several = problem(
      'q = keras.Input((8, 16))\nmodel = keras.Model(q, layers.MultiHeadAttention(2, 2, output_shape=(2, 5))(q, q))\n'
    )
    expect(several.ruleId).toBe('bad-layer-argument')
    expect(several.message).toContain('one width')
  })

  it('names a model output that comes from code it cannot follow', () => {
    const lost = problem('inp = keras.Input((3,))\nmodel = keras.Model(inp, my_head(inp))\n')
    expect(lost.ruleId).toBe('unknown-layer')
    expect(lost.text).toBe('my_head(inp)')
  })

  it('asks for a name unpacked from a run-time shape, and reads build(input_shape=…)', () => {
    const code =
      'n_samples, n_steps, n_features = X.shape\nmodel = keras.Sequential([layers.LSTM(50, input_shape=(n_steps, n_features)), layers.Dense(1)])\n'
    const unpacked = problem(code)
    expect(unpacked.text).toBe('n_features')
    expect(unpacked.from).toBe(keras.length + 'n_samples, n_steps, '.length)
    expect(unpacked.message).toContain('sizes="n_features=…"')
    // Given: LSTM(50) on 1, Dense(1).
    const given = readModelCode(keras + code, {sizes: {n_features: 1}})
    expect(given.ok && given.breakdown.total).toBe(4 * (50 * 51 + 50) + 51)
    // LSTM(5) on 3: 4·(5·8+5); Dense(1) on 5.
    const built = read(
      'model = keras.Sequential([layers.LSTM(5), layers.Dense(1)])\nmodel.build(input_shape=(None, 10, 3))\n'
    )
    expect(built.total).toBe(180 + 6)
  })

  it('counts functional models called as layers of another once', () => {
    const breakdown = read(
      [
        'inp = keras.Input((10, 3))',
        'encoder = keras.Model(inp, layers.LSTM(8)(inp))',
        'dec_in = keras.Input((8,))',
        'decoder = keras.Model(dec_in, [layers.LSTM(3, return_sequences=True)(layers.RepeatVector(10)(dec_in))])',
        'auto_in = keras.Input((10, 3))',
        'model = keras.Model(auto_in, decoder(encoder(auto_in)))\n'
      ].join('\n')
    )
    // LSTM(8) on 3: 4·(8·11+8); LSTM(3) on 8: 4·(3·11+3).
    expect(breakdown.total).toBe(384 + 144)
    expect(breakdown.inputs?.map((input) => input.name)).toEqual(['input_layer_2'])
    // A model of nothing called on nothing gives nothing; the model named `model` is read.
    const empty = read(
      'empty = keras.Model()\nnothing = empty()\nmodel = keras.Sequential([keras.Input((2,)), layers.Dense(1)])\n'
    )
    expect(empty.total).toBe(3)
  })

  it('names an alias by the class it stands for, as summary() does', () => {
    const breakdown = read(
      'model = keras.Sequential([keras.Input((8, 3)), layers.Convolution1D(4, 2), layers.MaxPool1D(), layers.AvgPool1D(), layers.GlobalAvgPool1D(), layers.Dense(1)])\n'
    )
    expect(breakdown.layers.map((layer) => `${layer.name} ${layer.type}`)).toEqual([
      'conv1d Conv1D',
      'max_pooling1d MaxPooling1D',
      'average_pooling1d AveragePooling1D',
      'global_average_pooling1d GlobalAveragePooling1D',
      'dense Dense'
    ])
    // Conv1D(4, 2) on 3: 2·3·4+4; Dense(1) on 4.
    expect(breakdown.total).toBe(28 + 5)
  })

  it('refuses merge_mode=None in a Sequential, which cannot hand on two outputs', () => {
    const refused = problem(
      'model = keras.Sequential([keras.Input((3, 2)), layers.Bidirectional(layers.LSTM(2), merge_mode=None)])\n'
    )
    expect(refused.ruleId).toBe('bad-layer-argument')
    expect(refused.message).toContain('functional API')
  })
})
