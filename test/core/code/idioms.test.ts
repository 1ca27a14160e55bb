import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// The ways course code builds models, each counted as the framework counts it.

function read(code: string, options = {}) {
  const analysis = readModelCode(code, options)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

const torch = 'import torch\nfrom torch import nn\nfrom collections import OrderedDict\n'

describe('PyTorch idioms', () => {
  it('an OrderedDict Sequential, add_module, register_parameter and a ModuleDict entry', () => {
    const breakdown =
      read(`${torch}model = nn.Sequential(OrderedDict([('fc', nn.Linear(3, 4)), ('act', nn.ReLU())]))
model.add_module('out', nn.Linear(4, 2))
model.register_parameter('scale', nn.Parameter(torch.ones(2)))
heads = nn.ModuleDict({'a': nn.Linear(2, 2)})
model.head = heads['a']
model.last = model[-1]
`)
    expect(breakdown.terms.map((term) => term.id)).toEqual([
      'scale',
      'fc.weight',
      'fc.bias',
      'out.weight',
      'out.bias',
      'head.weight',
      'head.bias'
    ])
  })

  it('frozen parts: a loop over parameters(), requires_grad_(), a frozen pretrained embedding', () => {
    const breakdown = read(`${torch}class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(torch.randn(10, 4))
        self.tuned = nn.Embedding.from_pretrained(torch.zeros((10, 4)), freeze=False)
        self.rnn = nn.GRU(4, 3)
        self.fc = nn.Linear(3, 2)
        for p in self.rnn.parameters():
            p.requires_grad = False
        self.fc.bias.requires_grad_(False)
model = Net().to('cpu')
model.fc.weight.requires_grad_()
`)
    expect([breakdown.total, breakdown.trainable, breakdown.nonTrainable]).toEqual([
      40 + 40 + 3 * (4 * 3 + 3 * 3 + 6) + 8,
      40 + 6,
      40 + 81 + 2
    ])
  })

  it('a model made by a function, with a conditional and keyword-only arguments', () => {
    const breakdown = read(`${torch}def build(hidden, *, deep=False, cell='lstm'):
    rnn = nn.LSTM(3, hidden) if cell == 'lstm' else nn.GRU(3, hidden)
    layers = []
    layers.append(rnn)
    if deep:
        layers.extend([nn.Linear(hidden, hidden)])
    elif hidden > 100:
        return None
    else:
        pass
    return nn.ModuleList(layers)
model = build(max(2, 4), deep=True)
`)
    expect(breakdown.layers.map((layer) => [layer.name, layer.type])).toEqual([
      ['0', 'LSTM'],
      ['1', 'Linear']
    ])
  })

  it('a base class the code defines, and a method __init__ calls', () => {
    const breakdown = read(`${torch}class Base(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.width = width
        self.build()
    def build(self):
        self.core = nn.Linear(self.width, self.width)
class Child(Base):
    def build(self):
        self.core = nn.Linear(self.width, 1)
class Same(Base):
    pass
model = Child(int(3.0))
other = Same(2)
`)
    expect(breakdown.total).toBe(4)
    expect(read(`${torch}class B(nn.Module):\n    pass\nmodel = B()\n`).total).toBe(0)
  })

  it('the model named by model=, and several built side by side', () => {
    const code = `${torch}encoder = nn.GRU(3, 4)\ndecoder = nn.Sequential(nn.Linear(4, 2))\nhead = decoder[0]\n`
    expect(read(code).models).toEqual(['encoder', 'decoder'])
    expect(read(code).terms[0]?.id).toBe('encoder.weight_ih_l0')
    expect(read(code, {model: 'encoder'}).models).toEqual(['encoder'])
  })

  it('sizes given by the author, by name and by text', () => {
    const code = `${torch}VOCAB = len(tokenizer)\nmodel = nn.Embedding(VOCAB + 1, 8 // 2)\n`
    expect(read(code, {sizes: {VOCAB: 99}}).total).toBe(400)
    expect(read(code, {sizes: {'len( tokenizer )': 99}}).total).toBe(400)
  })

  it('arithmetic, tuples, strings and list indexing', () => {
    const breakdown = read(`${torch}SIZES = (4, 2 ** 3, -(-5), 7 % 4, 9 / 3)
a, b = SIZES[0], SIZES[-1]
name = r'lstm'
ok = not False and (1 < 2) and 3 >= 3 and 2 <= 2 and 1 != 2 and 'gru' not in ['lstm'] and None is None
model = nn.Linear(SIZES[1], min(a, 5) if ok else 1, bias=0)
`)
    expect(breakdown.total).toBe(32)
  })
})

describe('Keras idioms', () => {
  const keras =
    'from tensorflow.keras.models import Sequential\nfrom tensorflow.keras.layers import LSTM, Dense, InputLayer\n'

  it('bare names, model.add, an InputLayer, batch_input_shape and model.build', () => {
    const one = read(
      `${keras}model = Sequential()\nmodel.add(InputLayer(input_shape=(5, 3)))\nmodel.add(LSTM(4))\nmodel.add(Dense(1))\n`
    )
    const two = read(
      `${keras}model = Sequential([LSTM(4, batch_input_shape=(8, 5, 3)), Dense(1)])\n`
    )
    const three = read(
      `${keras}model = Sequential([LSTM(4), Dense(1)])\nmodel.build((None, 5, 3))\nmodel.compile(loss='mse')\n`
    )
    expect([one.total, two.total, three.total]).toEqual([4 * (3 * 4 + 16 + 4) + 5, 133, 133])
  })

  it('Embedding with input_length, a layer frozen by its attribute, names given', () => {
    const breakdown = read(`import keras
emb = keras.layers.Embedding(100, 8, input_length=10, name='words')
emb.trainable = False
model = keras.Sequential([emb, keras.layers.Flatten(), keras.layers.Dense(1, input_dim=80)])
`)
    expect(breakdown.layers.map((layer) => [layer.name, layer.params, layer.trainable])).toEqual([
      ['words', 800, 0],
      ['flatten', 0, 0],
      ['dense', 81, 81]
    ])
  })

  it('an encoder-decoder with a Bidirectional encoder whose states are joined', () => {
    const breakdown = read(`import keras
from keras import layers
enc_in = keras.Input(shape=(None, 6))
out, fh, fc, bh, bc = layers.Bidirectional(layers.LSTM(4, return_state=True))(enc_in)
h = layers.Concatenate()([fh, bh])
c = layers.Concatenate()([fc, bc])
dec_in = keras.Input(shape=(None, 5))
seq = layers.GRU(8, return_sequences=True, return_state=True)(dec_in, initial_state=h)[0]
model = keras.Model(inputs={'a': enc_in, 'b': dec_in}, outputs=[layers.Dense(5)(seq)])
`)
    expect(breakdown.layers.map((layer) => layer.type)).toEqual([
      'Bidirectional',
      'Concatenate',
      'GRU',
      'Dense'
    ])
  })

  it('Input by batch_shape, an Input without shape, merges of one tensor, outputs in a dict', () => {
    const breakdown = read(`import keras
from keras import layers
a = keras.Input(batch_shape=(None, 4, 3))
loose = keras.Input()
x = layers.LSTM(2)(a)
m = keras.ops.mean(x)
one = layers.concatenate(x)
model = keras.Model(a, {'out': layers.Dense(1)(x), 'extra': one})
`)
    expect(breakdown.layers.map((layer) => [layer.type, layer.params])).toEqual([
      ['LSTM', 4 * (3 * 2 + 4 + 2)],
      ['Concatenate', 0],
      ['Dense', 3]
    ])
  })

  it('a misspelled Keras layer is suggested; model.build() without a shape changes nothing', () => {
    const analysis = readModelCode(
      'import keras\nmodel = keras.Sequential([keras.layers.LSTMM(3)])\n'
    )
    expect(analysis.ok ? '' : analysis.problems[0]?.message).toContain('Did you mean `LSTM`')
    const built = read(
      'import keras\nmodel = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])\nmodel.build()\nkeras.utils.Thing()\n'
    )
    expect(built.total).toBe(3)
  })

  it('a Sequential used as a layer of a functional model', () => {
    const breakdown = read(`import keras
from keras import layers
block = keras.Sequential([layers.Dense(4), layers.Dropout(0.1), layers.Dense(2)])
x = keras.Input((3,))
model = keras.Model(x, layers.Dense(1)(block(x)))
`)
    expect(breakdown.layers.map((layer) => [layer.name, layer.params])).toEqual([
      ['dense', 16],
      ['dropout', 0],
      ['dense_1', 10],
      ['dense_2', 3]
    ])
  })

  it('two Keras models side by side (training and inference) share their layers once', () => {
    const breakdown = read(`import keras
from keras import layers
x = keras.Input((None, 3))
lstm = layers.LSTM(2)
encoder_model = keras.Model(x, lstm(x))
head = layers.Dense(1)
y = keras.Input((None, 3))
decoder_model = keras.Model(y, head(lstm(y)))
`)
    expect(breakdown.models).toEqual(['encoder_model', 'decoder_model'])
    expect(breakdown.total).toBe(4 * (3 * 2 + 4 + 2) + 3)
  })
})

describe('PyTorch modules shared and inherited', () => {
  it('a module shared by two models side by side is counted once', () => {
    const breakdown = read(`import torch.nn as nn
shared = nn.Embedding(10, 4)
class Encoder(nn.Module):
    def __init__(self, embedding):
        super().__init__()
        self.embedding = embedding
        self.rnn = nn.GRU(4, 4)
class Decoder(Encoder):
    def __init__(self, embedding):
        super().__init__(embedding)
        self.out = nn.Linear(4, 10)
encoder = Encoder(shared)
decoder = Decoder(shared)
`)
    expect(breakdown.total).toBe(40 + 2 * 3 * (16 + 16 + 8) + 50)
    expect(breakdown.terms.filter((term) => term.id.endsWith('embedding.weight')).length).toBe(1)
  })

  it('super().__init__() outside a class, an empty ModuleList, a lazy layer after Flatten', () => {
    expect(
      read(
        'import torch.nn as nn\ndef f():\n    super().__init__()\nf()\nmodel = nn.ModuleList()\n'
      ).total
    ).toBe(0)
    const lazy = readModelCode(
      'import torch.nn as nn\nmodel = nn.Sequential(nn.Flatten(), nn.LazyLinear(2))\n'
    )
    expect(lazy.ok ? '' : lazy.problems[0]?.ruleId).toBe('unknown-input-width')
    expect(
      read('import torch.nn as nn\nmodel = nn.Sequential()\nmodel.add_module("x")\n').total
    ).toBe(0)
  })
})
