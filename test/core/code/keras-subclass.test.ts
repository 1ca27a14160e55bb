import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Keras models and layers written as subclasses: their layers built by
// following `call`, counted as Keras counts them, grouped by attribute path.

function read(code: string, options = {}) {
  const analysis = readModelCode(code, options)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

const keras = 'import tensorflow as tf\nimport keras\nfrom keras import layers\n'

/** A model whose base class is spelt `base`: Embedding 10·4 = 40, Dense 4·3 + 3 = 15. */
const small = (imports: string, base: string) => `${imports}
class M(${base}):
    def __init__(self):
        super().__init__()
        self.embed = layers.Embedding(10, 4)
        self.out = layers.Dense(3)

    def call(self, x):
        return self.out(self.embed(x))

model = M()
`

describe('Keras subclasses', () => {
  it.each([
    ['import tensorflow as tf', 'tf.keras.Model'],
    ['import keras', 'keras.Model'],
    ['from tensorflow.keras import Model', 'Model'],
    ['from tensorflow import keras', 'keras.models.Model'],
    ['from keras import layers', 'layers.Layer'],
    ['from keras.layers import Layer', 'Layer'],
    ['import tensorflow as tf', 'tf.keras.layers.Layer']
  ])('%s, class M(%s)', (imports, base) => {
    const breakdown = read(small(imports, base))
    expect(breakdown.framework).toBe('keras')
    expect(breakdown.total).toBe(55)
    expect(breakdown.layers.map((layer) => [layer.name, layer.type, layer.params])).toEqual([
      ['embed', 'Embedding', 40],
      ['out', 'Dense', 15]
    ])
    expect(breakdown.terms.map((term) => term.id)).toEqual([
      'embed/embeddings',
      'out/kernel',
      'out/bias'
    ])
    expect(breakdown.inputs).toEqual([{name: 'x', shape: [null, null]}])
  })

  it('a subclass of a class the code defines, its layers made by a helper method', () => {
    const breakdown = read(`${keras}
class Base(keras.Model):
    pass

class M(Base):
    def __init__(self, n):
        super().__init__()
        self._make(n)

    def _make(self, n):
        self.proj = layers.Dense(n)

    def call(self, x):
        return self.proj(x)

import numpy as np
np.random.seed(0)
model = M(3)
model.build((None, 5))
model.summary()
model(tf.zeros((1, 5)))
`)
    expect(breakdown.total).toBe(5 * 3 + 3)
    expect(breakdown.layers[0]?.inputShapes).toEqual([[null, 5]])
  })

  it('a list of layers in a loop, and a layer called twice counted once', () => {
    const breakdown = read(`${keras}
class Stack(keras.Model):
    def __init__(self, width, depth):
        super().__init__()
        self.blocks = [layers.Dense(width) for _ in range(depth)]
        self.shared = layers.Dense(width)
        self.head = layers.Dense(1)

    def call(self, inputs):
        x = inputs
        for block in self.blocks:
            x = block(x)
        x = self.shared(self.shared(x))
        return self.head(x)

model = Stack(4, 3)
model.build((None, 8))
`)
    // blocks: 8·4 + 4, then 4·4 + 4 twice; shared 4·4 + 4 once; head 4 + 1.
    expect(breakdown.total).toBe(36 + 20 + 20 + 20 + 5)
    expect(breakdown.layers.map((layer) => layer.name)).toEqual([
      'blocks.0',
      'blocks.1',
      'blocks.2',
      'shared',
      'head'
    ])
  })

  it('add_weight in __init__ and in build(input_shape), named as Keras names them', () => {
    const breakdown = read(`${keras}
class Scale(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units
        self.offset = self.add_weight(shape=(units,), initializer='zeros', trainable=False)

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), name='kernel')
        self.b = self.add_weight(shape=(self.units,))
        self.add_weight('k2', (2, 2))
        self.add_weight(shape=())
        self.add_weight(shape=3, name='k2')
        self.add_weight((2,), name='positional')
        self.add_weight(name='scalar')
        self.scalar = self.add_weight(shape=())

    def call(self, x):
        return tf.matmul(x, self.w) + self.b

class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = layers.Embedding(10, 6)
        self.scale = Scale(3)
        self.scale_again = self.scale

    def call(self, x, *args, **kwargs):
        y = self.embed(x)
        self.scale(inputs=y)
        return self.scale(y)

model = M()
model.build(input_shape)
`)
    const scale = breakdown.terms.filter((term) => term.layer === 'scale')
    expect(scale.map((term) => [term.name, term.shape, term.trainable])).toEqual([
      ['offset', [3], false],
      ['kernel', [6, 3], true],
      ['b', [3], true],
      ['k2', [2, 2], true],
      ['variable', [], true],
      ['k2', [3], true],
      ['positional', [2], true],
      ['scalar', [], true],
      ['scalar', [], true]
    ])
    expect(breakdown.total).toBe(60 + 3 + 18 + 3 + 4 + 1 + 3 + 2 + 1 + 1)
    expect(breakdown.nonTrainable).toBe(3)
    expect(breakdown.layers.find((layer) => layer.name === 'scale')?.inputShapes).toEqual([
      [null, null, 6]
    ])
  })

  it('a custom layer that makes its weights but is never called, and the model’s own weights', () => {
    const breakdown = read(`${keras}
class Bias(layers.Layer):
    def __init__(self):
        super().__init__()
        self.b = self.add_weight(shape=(3,))

class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.extra = Bias()
        self.temperature = self.add_weight(shape=(1,), name='temperature')
        self.drop = layers.Dropout(0.5)
        self.lookup = layers.Embedding(3, 2)

    def build(self, input_shape):
        self.pair = self.add_weight(shape=(len(input_shape), 2))

    def call(self, inputs):
        a, b = inputs
        self.extra(a)
        return self.drop(a)

model = M()
model.build([(None, 4), (None, 4)])
`)
    expect(breakdown.layers.map((layer) => [layer.name, layer.type, layer.params])).toEqual([
      ['', 'M', 1 + 4],
      ['extra', 'Bias', 3],
      ['drop', 'Dropout', 0],
      ['lookup', 'Embedding', 6]
    ])
    expect(breakdown.inputs?.map((input) => input.name)).toEqual(['inputs_0', 'inputs_1'])
  })

  it('tuple results and initial_state: an encoder’s h and c start the decoder', () => {
    const breakdown = read(`${keras}
class Seq(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = layers.Embedding(20, 8)
        self.encoder = layers.LSTM(4, return_state=True)
        self.decoder = layers.LSTM(4, return_sequences=True)
        self.out = layers.Dense(20)

    def call(self, source, target):
        _, h, c = self.encoder(self.embed(source))
        y = self.decoder(self.embed(target), initial_state=[h, c])
        return self.out(y)

model = Seq()
`)
    // Embedding 20·8; each LSTM 4·(8·4 + 4·4 + 4); Dense 4·20 + 20.
    expect(breakdown.total).toBe(160 + 2 * 208 + 100)
    expect(breakdown.inputs?.map((input) => input.name)).toEqual(['source', 'target'])
    const decoder = breakdown.layers.find((layer) => layer.name === 'decoder')
    expect(decoder?.connections).toEqual(['embed[0][0]', 'encoder[0][1]', 'encoder[0][2]'])
    expect(breakdown.layers[0]?.connections).toEqual(['source[0][0]'])
  })

  it('keyword inputs: query= and value= with the attention scores, inputs=', () => {
    const breakdown = read(`${keras}
class Att(keras.Model):
    def __init__(self):
        super().__init__()
        self.q = layers.Dense(6)
        self.mha = layers.MultiHeadAttention(num_heads=2, key_dim=3)

    def call(self, x, ctx):
        q = self.q(inputs=x)
        out, scores = self.mha(query=q, value=ctx, return_attention_scores=True)
        return out

model = Att()
model.build([(None, None, 4), (None, None, 5)])
`)
    // q: 4·6 + 6. mha: query 6·2·3 + 2·3, key and value 5·2·3 + 2·3, output 2·3·6 + 6.
    expect(breakdown.total).toBe(30 + 42 + 36 + 36 + 42)
  })

  it('self.add, tf.concat, layers.concatenate, keras.ops and activations between layers', () => {
    const breakdown = read(`${keras}
class Merge(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(4)
        self.b = layers.Dense(4)
        self.add = layers.Add()
        self.out = layers.Dense(2)
        self.last = layers.Dense(1)

    def call(self, x):
        a = tf.nn.relu(self.a(x))
        s = self.add([a, self.b(x)])
        joined = tf.concat([s, a + s * 0.5], axis=-1)
        both = layers.concatenate([joined, keras.activations.tanh(x)])
        wide = keras.ops.concatenate([both, both], axis=2)
        return self.last(self.out(wide))

model = Merge()
model.build((None, None, 3))
`)
    // a, b: 3·4 + 4; out reads 2·(4 + 4 + 3) = 22: 22·2 + 2; last 2 + 1.
    expect(breakdown.total).toBe(16 + 16 + 46 + 3)
    expect(breakdown.layers.find((layer) => layer.name === 'add')?.inputs).toEqual(['a', 'b'])
  })

  it('branches: the known ones taken, unknown ones followed when they agree', () => {
    const breakdown = read(`${keras}
class Branchy(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(4)
        self.b = layers.Dense(4)
        self.c = layers.Dense(4)
        self.out = layers.Dense(1)

    def call(self, x, training=None, return_state=False):
        if tf.shape(x)[0] > 1:
            y = self.a(x)
        elif tf.shape(x)[0] > 0:
            y = self.b(x)
        if training:
            y = tf.nn.dropout(y, 0.5)
        if y is None:
            y = self.c(y)
        if tf.rank(x) > 2:
            return self.out(y)
        if tf.rank(x) > 5:
            return self.out(self.c(x))
        else:
            return self.out(y)
        if return_state:
            return y, y
        return y

model = Branchy()
model.build((None, 3))
`)
    expect(breakdown.total).toBe(16 + 16 + 16 + 5)
  })

  it('layers made in call: tracked when assigned, nothing to count when unbuilt', () => {
    const breakdown = read(`${keras}
class Late(keras.Model):
    def __init__(self):
        super().__init__()
        self.e = layers.Embedding(5, 2)

    def call(self, x):
        spare = layers.Dense(7)
        self.late = layers.Dense(3)
        return self.late(self.e(x))

model = Late()
`)
    expect(breakdown.total).toBe(10 + 9)
  })

  it('decorated methods: @tf.function, and a method attached with @Cls.add_method', () => {
    const breakdown = read(`${keras}
class M(keras.Model):
    @classmethod
    def add_method(cls, fun):
        setattr(cls, fun.__name__, fun)
        return fun

    @classmethod
    def register(cls, fun):
        return fun

    def __init__(self):
        super().__init__()
        self.e = layers.Embedding(5, 2)
        self.d = layers.Dense(3)

    @tf.function
    def embed(self, x):
        return self.e(x)

@M.add_method
def call(self, x):
    return self.d(self.embed(x))

@M.register
def unrelated(self, x):
    return self.e(x)

@M.missing
def other(self, x):
    return x

@M.add_method.twice
def other_too(self, x):
    return x

@M.add_method
class NotAMethod:
    pass

@dataclass
def plain(x):
    return x

model = M()
`)
    expect(breakdown.total).toBe(10 + 9)
  })

  it('a layer’s input_shape gives the width the model’s input does not', () => {
    const breakdown = read(`${keras}
class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.d = layers.Dense(2, input_shape=(5,))
        self.e = layers.Dense(2, input_shape=(7,))

    def call(self, x):
        return self.e(tf.unknown_op(self.d(x)))

model = M()
`)
    // The first reads 5 (its input_shape), the second 7 (what it is handed is not followed).
    expect(breakdown.total).toBe(12 + 16)
  })

  it('frozen: a nested layer’s trainable = False, and a layer’s', () => {
    const breakdown = read(`${keras}
class Encoder(layers.Layer):
    def __init__(self):
        super().__init__()
        self.embed = layers.Embedding(10, 4)

    def call(self, x):
        return self.embed(x)

class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.out = layers.Dense(2)
        self.out.trainable = False
        self.head = layers.Dense(1)

    def call(self, x):
        return self.head(self.out(self.encoder(x)))

model = M()
model.encoder.trainable = False
`)
    expect([breakdown.total, breakdown.trainable]).toEqual([40 + 10 + 3, 3])
    expect(breakdown.layers.map((layer) => layer.name)).toEqual(['encoder.embed', 'out', 'head'])
  })

  it('models built side by side share a layer, counted once; a Sequential and a dict inside', () => {
    const breakdown = read(`${keras}
shared = layers.Embedding(10, 4)

class Enc(keras.Model):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.rnn = layers.GRU(3)

    def call(self, x):
        return self.rnn(self.embed(x))

class Dec(keras.Model):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.ffn = keras.Sequential([layers.Dense(5), layers.Dense(2)])
        self.heads = {'a': layers.Dense(1)}

    def call(self, x):
        return self.heads['a'](self.ffn(self.embed(x)))

encoder = Enc(shared)
decoder = Dec(shared)
`)
    expect(breakdown.models).toEqual(['encoder', 'decoder'])
    // Embedding 10·4 once; GRU 3·(4·3 + 3·3 + 2·3); Dense 4·5 + 5, 5·2 + 2, 2 + 1.
    expect(breakdown.total).toBe(40 + 81 + 25 + 12 + 3)
    expect(breakdown.layers.map((layer) => layer.name)).toEqual([
      'encoder.embed',
      'encoder.rnn',
      'decoder.ffn.dense',
      'decoder.ffn.dense_1',
      'decoder.heads.a'
    ])
  })

  it('a custom layer without weights of its own in a functional model', () => {
    const breakdown = read(`${keras}
class Block(layers.Layer):
    def __init__(self):
        super().__init__()
        self.d = layers.Dense(4)
        self.inner = Inner()

    def call(self, x):
        return self.inner(self.d(x))

class Inner(layers.Layer):
    def __init__(self):
        super().__init__()
        self.e = layers.Dense(2)

    def call(self, x):
        return self.e(x)

inputs = keras.Input((None, 3))
model = keras.Model(inputs, Block()(inputs))
`)
    expect(breakdown.total).toBe(16 + 10)
  })

  it('the NMT tutorial’s layers grouped by attribute path', () => {
    const code = `${keras}
class Inner(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.mha = layers.MultiHeadAttention(key_dim=units, num_heads=1)

    def call(self, x, context):
        return self.mha(query=x, value=context)

class Outer(keras.Model):
    def __init__(self):
        super().__init__()
        self.attention = Inner(2)

    def call(self, x, context):
        return self.attention(x, context)

model = Outer()
model.build([(None, None, 2), (None, None, 2)])
`
    const breakdown = read(code)
    expect(breakdown.layers.map((layer) => layer.name)).toEqual(['attention.mha'])
    expect(breakdown.terms[0]?.id).toBe('attention.mha/query/kernel')
  })

  it('a layer called with return_state lists its states, as in a functional model', () => {
    const breakdown = read(`${keras}
class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.embedding = layers.Embedding(10, 4)
        self.lstm = layers.LSTM(3, return_sequences=True, return_state=True)

    def call(self, x):
        out, h, c = self.lstm(self.embedding(x))
        return out

model = M()
`)
    const lstm = breakdown.layers.find((layer) => layer.name === 'lstm')
    expect(lstm?.stateShapes).toEqual([
      [null, 3],
      [null, 3]
    ])
  })
})
