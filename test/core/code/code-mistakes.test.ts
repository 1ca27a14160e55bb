import {describe, expect, it} from 'vitest'
import type {CodeBreakdown} from '../../../src/core/code/index.js'
import {codeMistakes, readModelCode} from '../../../src/core/code/index.js'
import {randomTorchPrograms} from '../../helpers/random-torch-programs.js'

function read(code: string): CodeBreakdown {
  const analysis = readModelCode(code)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

/** What each mistake that can happen gives: total and trainable. */
function wrong(breakdown: CodeBreakdown): Record<string, [number, number]> {
  return Object.fromEntries(
    codeMistakes.flatMap((mistake) => {
      const recount = mistake.apply(breakdown)
      return recount ? [[mistake.id, [recount.total, recount.trainable]]] : []
    })
  )
}

const keras = `import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(None, 8)),
    layers.GRU(16, return_sequences=True),
    layers.BatchNormalization(),
    layers.LayerNormalization(),
    layers.Dense(4),
])
`

const keras2Gru = `import keras
model = keras.Sequential([keras.Input(shape=(None, 8)), keras.layers.GRU(16, reset_after=False)])
`

const torch = `import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 8)
        self.rnn = nn.GRU(8, 16)
        self.norm = nn.BatchNorm1d(16)
        self.ln = nn.LayerNorm(16)
        self.out = nn.Linear(16, 100)
        self.out2 = nn.Linear(8, 100)
        self.out2.weight = self.embed.weight
model = Net()
`

describe('the mistakes students make with layers read from code', () => {
  it('recounts a Keras model as each mistake does', () => {
    const right = read(keras)
    // GRU 3·(8·16 + 16·16 + 2·16) = 1248; BN 4·16 (32 non-trainable); LN 32; Dense 68.
    expect([right.total, right.trainable]).toEqual([1412, 1380])
    expect(wrong(right)).toEqual({
      'dense-bias-forgotten': [1408, 1376],
      'moving-statistics-trainable': [1412, 1412],
      'layer-norm-beta-forgotten': [1396, 1364],
      'gru-four-gates': [1412 + 416, 1380 + 416],
      'gru-bias-other-version': [1412 - 48, 1380 - 48]
    })
  })

  it("gives Keras 2's GRU the second bias row Keras 3 has", () => {
    const right = read(keras2Gru)
    expect(right.total).toBe(3 * (8 * 16 + 16 * 16 + 16))
    expect(wrong(right)['gru-bias-other-version']).toEqual([right.total + 48, right.total + 48])
  })

  it('recounts a PyTorch model: running statistics as parameters, a tied weight twice', () => {
    const right = read(torch)
    const tied = right.terms.find((term) => term.id === 'embed.weight')
    expect(tied?.tiedTo).toEqual(['out2.weight'])
    // Embedding 800; GRU 3·(8·16 + 16·16 + 2·16) = 1248; BN 32; LN 32; out 1700; out2 bias 100.
    expect(right.total).toBe(800 + 1248 + 32 + 32 + 1700 + 100)
    const total = right.total
    expect(wrong(right)).toEqual({
      'dense-bias-forgotten': [total - 200, total - 200],
      'moving-statistics-trainable': [total + 32, total + 32],
      'layer-norm-beta-forgotten': [total - 16, total - 16],
      'tied-weight-twice': [total + 800, total + 800],
      'gru-four-gates': [total + 416, total + 416]
    })
  })

  it("leaves the context's width out of a decoder that reads embedding + context (Keras and PyTorch)", () => {
    const keras = read(`import keras
from keras import layers
enc_in = keras.Input(shape=(None,))
x = layers.Embedding(1000, 32)(enc_in)
enc_out, h = layers.GRU(64, return_state=True)(x)
dec_in = keras.Input(shape=(None,))
e = layers.Embedding(1000, 32)(dec_in)
ctx = layers.RepeatVector(10)(h)
y = layers.GRU(64, return_sequences=True)(layers.Concatenate()([e, ctx]))
model = keras.Model([enc_in, dec_in], layers.Dense(1000)(y))
`)
    // The decoder's kernel reads 32 + 64 columns: the student gives it 32 rows, 64·192 fewer.
    expect(wrong(keras)['context-width-forgotten']).toEqual([
      keras.total - 64 * 192,
      keras.trainable - 64 * 192
    ])
    const torch = read(`import torch.nn as nn
class Decoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb + hid, hid, num_layers=2, bidirectional=True)
        self.cell = nn.LSTMCell(emb + hid, hid)
        self.out = nn.Linear(emb + hid, vocab)
model = Decoder(100, 8, 16)
`)
    // weight_ih_l0 and its reverse [48, 24] and the cell's weight_ih [64, 24]
    // lose 16 columns each; the second layer and the Linear keep theirs.
    const lost = 2 * 48 * 16 + 64 * 16
    expect(wrong(torch)['context-width-forgotten']).toEqual([
      torch.total - lost,
      torch.total - lost
    ])
    const recount = codeMistakes
      .find((mistake) => mistake.id === 'context-width-forgotten')
      ?.apply(torch)
    expect(recount?.terms.find((term) => term.id === 'rnn.weight_ih_l0')?.shape).toEqual([48, 8])
    expect(recount?.layers.find((layer) => layer.name === 'out')?.params).toBe(24 * 100 + 100)
  })

  it('sees no context where the extra width is not a recurrent state', () => {
    const stacked = read(`import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 8)
        self.rnn = nn.LSTM(8 + 5, 16)
model = Net()
`)
    expect(wrong(stacked)['context-width-forgotten']).toBeUndefined()
  })

  it('names no mistake a model gives no room for', () => {
    expect(wrong(read('import torch.nn as nn\nmodel = nn.Linear(3, 2, bias=False)\n'))).toEqual({})
  })

  it('every named mistake gives a number other than the right count (random PyTorch programs)', () => {
    let named = 0
    for (const program of randomTorchPrograms(150, 26)) {
      const right = read(program.code)
      for (const mistake of codeMistakes) {
        const recount = mistake.apply(right)
        if (!recount) continue
        named++
        expect([recount.total, recount.trainable], `${mistake.id} on\n${program.code}`).not.toEqual(
          [right.total, right.trainable]
        )
        expect(Number.isInteger(recount.total)).toBe(true)
      }
    }
    expect(named).toBeGreaterThan(100)
  })
})
