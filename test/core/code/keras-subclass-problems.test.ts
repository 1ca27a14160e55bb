import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// A Keras subclass whose layers' widths cannot be followed is a positioned
// problem at the text at fault that says how to give the width: never a
// silent 0 or a wrong number.

const keras = 'import tensorflow as tf\nimport keras\nfrom keras import layers\n'

/** A model with `init` in its __init__ and `call` as its call's body (no call when undefined). */
const model = (init: string, call: string | undefined, after = '') => `${keras}
class M(keras.Model):
    def __init__(self):
        super().__init__()
${init
  .split('\n')
  .map((line) => `        ${line}`)
  .join('\n')}
${
  call === undefined
    ? ''
    : `
    def call(self, x):
${call
  .split('\n')
  .map((line) => `        ${line}`)
  .join('\n')}
`
}
model = M()
${after}`

const cases: Array<[string, string, string, string, string]> = [
  [
    'no call method',
    model('self.d = layers.Dense(3)', undefined),
    'unknown-input-width',
    'layers.Dense(3)',
    'M has no `call` method'
  ],
  [
    'a layer call never calls',
    model('self.e = layers.Embedding(5, 2)\nself.unused = layers.Dense(2)', 'return self.e(x)'),
    'unknown-input-width',
    'layers.Dense(2)',
    'M never calls it'
  ],
  [
    'a model input of unknown width read by a Dense',
    model('self.d = layers.Dense(3)', 'return self.d(x)'),
    'unknown-input-width',
    'layers.Dense(3)',
    "the model's input `x` has no width given. Give the model's input shape with model.build((None, None, width))"
  ],
  [
    'an input the reader cannot follow',
    model(
      'self.e = layers.Embedding(5, 2)\nself.d = layers.Dense(3)',
      'x = tf.signal.stft(self.e(x))\nreturn self.d(x)'
    ),
    'unknown-input-width',
    'layers.Dense(3)',
    '`tf.signal.stft(self.e(x))` is not a tensor the reader can follow'
  ],
  [
    'keras.ops.concatenate along its default first axis',
    model(
      'self.e = layers.Embedding(5, 2)\nself.d = layers.Dense(3)',
      'y = self.e(x)\nreturn self.d(keras.ops.concatenate([y, y]))'
    ),
    'unknown-input-width',
    'layers.Dense(3)',
    'keras.ops.concatenate([y, y])'
  ],
  [
    'tf.concat of something that is not a list of tensors',
    model(
      'self.e = layers.Embedding(5, 2)\nself.d = layers.Dense(3)',
      'y = self.e(x)\nreturn self.d(tf.nn.relu(tf.concat(y, axis=-1)))'
    ),
    'unknown-input-width',
    'layers.Dense(3)',
    'tf.nn.relu(tf.concat(y, axis=-1))'
  ],
  [
    'a layer called again on another width',
    model(
      'self.e = layers.Embedding(5, 2)\nself.d = layers.Dense(2)',
      'y = self.e(x)\nreturn self.d(tf.concat([self.d(y), y], axis=-1))'
    ),
    'bad-layer-argument',
    'self.d(tf.concat([self.d(y), y], axis=-1))',
    'another width'
  ],
  [
    'a weight of the input width, the width unknown',
    model('pass', 'return x', '').replace(
      'class M(keras.Model):',
      'class M(keras.Model):\n    def build(self, input_shape):\n        self.w = self.add_weight(shape=(input_shape[-1], 2))\n'
    ),
    'unknown-input-width',
    'self.add_weight(shape=(input_shape[-1], 2))',
    'model.build((None, None, width))'
  ],
  [
    'a custom layer built on what the reader cannot follow',
    `${keras}class Scale(layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1],))
    def call(self, x):
        return x
class M(keras.Model):
    def __init__(self):
        super().__init__()
        self.scale = Scale()
    def call(self, x):
        return self.scale(tf.unknown_op(x))
model = M()
`,
    'unknown-input-width',
    'self.add_weight(shape=(input_shape[-1],))',
    'input_shape[-1]'
  ],
  [
    'a concatenation of widths not known',
    model('self.d = layers.Dense(3)', 'return self.d(tf.concat([x, x], axis=-1))'),
    'unknown-input-width',
    'layers.Dense(3)',
    "the model's input `x` has no width given"
  ],
  [
    'attention scores read by a layer',
    model(
      'self.e = layers.Embedding(5, 2)\nself.mha = layers.MultiHeadAttention(num_heads=1, key_dim=2)\nself.d = layers.Dense(3)',
      'y = self.e(x)\n_, scores = self.mha(y, y, return_attention_scores=True)\nreturn self.d(scores)'
    ),
    'unknown-input-width',
    'layers.Dense(3)',
    'its input width is not known here'
  ],
  [
    'a weight of a size known at run time',
    model('self.w = self.add_weight(shape=(len(vocab), 2))', 'return x'),
    'unresolved-size',
    'len(vocab)',
    'sizes="len(vocab)=…"'
  ],
  [
    'a weight of a fractional size',
    model('self.w = self.add_weight(shape=(2.5,))', 'return x'),
    'bad-layer-argument',
    'self.add_weight(shape=(2.5,))',
    'whole numbers'
  ],
  [
    'a weight too large',
    model('self.w = self.add_weight(shape=(10 ** 12,))', 'return x'),
    'out-of-range',
    'self.add_weight(shape=(10 ** 12,))',
    'largest size'
  ],
  [
    'branches that give different widths',
    model(
      'self.a = layers.Dense(4)\nself.b = layers.Dense(5)',
      'if tf.shape(x)[0] > 1:\n    y = self.a(x)\nelse:\n    y = self.b(x)\nreturn y',
      'model.build((None, 3))\n'
    ),
    'unresolved-size',
    'tf.shape(x)[0] > 1',
    'its branches give `y` different widths'
  ],
  [
    'branches that return different widths',
    model(
      'self.a = layers.Dense(4)\nself.b = layers.Dense(5)',
      'if tf.shape(x)[0] > 1:\n    return self.a(x)\nelse:\n    return self.b(x)',
      'model.build((None, 3))\n'
    ),
    'unresolved-size',
    'tf.shape(x)[0] > 1',
    'what it returns'
  ],
  [
    'branches that give different numbers',
    model(
      'self.a = layers.Dense(4)',
      'if tf.shape(x)[0] > 1:\n    n = 3\nelse:\n    n = 4\nreturn self.a(x)',
      'model.build((None, 3))\n'
    ),
    'unresolved-size',
    'tf.shape(x)[0] > 1',
    '`n` different widths'
  ],
  [
    'Keras layers in a class the reader does not know as Keras',
    `${keras}from somewhere import Base\nclass M(Base):\n    def __init__(self):\n        self.d = layers.Dense(3)\nmodel = M()\n`,
    'unsupported-code',
    'layers.Dense(3)',
    'holds none of them'
  ],
  [
    'a layer with weights made inside call',
    model(
      'self.e = layers.Embedding(5, 2)',
      'y = layers.concatenate([self.e(x), self.e(x)])\nreturn layers.Dense(3)(y)'
    ),
    'unsupported-code',
    'layers.Dense(3)',
    'made inside `call`'
  ],
  [
    'a custom layer with weights of its own in a functional model',
    `${keras}class Scale(layers.Layer):\n    def __init__(self):\n        super().__init__()\n        self.inner = Bias()\n    def call(self, x):\n        return x\nclass Bias(layers.Layer):\n    def __init__(self):\n        super().__init__()\n        self.b = self.add_weight(shape=(2,))\ninputs = keras.Input((2,))\nmodel = keras.Model(inputs, Scale()(inputs))\n`,
    'unsupported-code',
    'Scale()(inputs)',
    'add_weight'
  ]
]

describe('problems of Keras subclasses', () => {
  it.each(cases)('%s', (_, code, ruleId, at, says) => {
    const analysis = readModelCode(code)
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    const [problem] = analysis.problems
    expect(problem?.ruleId).toBe(ruleId)
    expect(code.slice(problem?.from, problem?.to)).toBe(at)
    expect(problem?.message).toContain(says)
  })

  it('outside a Keras call an unknown condition is still a problem', () => {
    const analysis = readModelCode(
      `${keras}if tf.test.is_gpu_available():\n    model = keras.Sequential([layers.Embedding(3, 2)])\n`
    )
    expect(analysis.ok ? undefined : analysis.problems[0]?.ruleId).toBe('unresolved-size')
  })
})
