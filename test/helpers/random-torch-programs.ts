import {seeded} from './random-networks.js'

/** One random PyTorch program and what it exercises. */
export interface TorchProgram {
  readonly code: string
  /** Whether a weight is shared between two modules (module counts then differ from a prefix sum). */
  readonly tied: boolean
}

type Pick = (max: number) => number

const choose = <T>(next: Pick, items: readonly T[]): T => items[next(items.length) - 1] as T
const bool = (next: Pick) => (next(2) === 1 ? 'True' : 'False')

/** A size written as a literal, a module constant, an argument, or a little arithmetic. */
function sizeText(next: Pick, value: number): string {
  switch (next(4)) {
    case 1:
      return `${value}`
    case 2:
      return `(${value - 1} + 1)`
    case 3:
      return value % 2 === 0 ? `2 * ${value / 2}` : `${value}`
    default:
      return `int(${value})`
  }
}

/** One torch.nn constructor call, covering every spec's arguments, positional and keyword. */
function layerCall(next: Pick): string {
  const s = (v: number) => sizeText(next, v)
  const n = next(12)
  const h = next(12)
  switch (next(14)) {
    case 1:
      return `nn.Embedding(${s(next(40))}, ${s(n)})`
    case 2: {
      const type = choose(next, ['RNN', 'LSTM', 'GRU'])
      const projection =
        type === 'LSTM' && h > 1 && next(3) === 1 ? `, proj_size=${next(h - 1)}` : ''
      return `nn.${type}(${s(n)}, ${s(h)}, num_layers=${next(3)}, bias=${bool(next)}, batch_first=True, bidirectional=${bool(next)}${projection})`
    }
    case 3: {
      // Positional arguments (nn.RNN's fourth is nonlinearity from torch 2 on, bias before).
      const type = choose(next, ['LSTM', 'GRU'])
      return `nn.${type}(${n}, ${h}, ${next(2)}, ${bool(next)}, False, 0.0, ${bool(next)})`
    }
    case 4:
      return `nn.${choose(next, ['RNNCell', 'LSTMCell', 'GRUCell'])}(${s(n)}, ${s(h)}${next(2) === 1 ? ', bias=False' : ''})`
    case 5:
      return `nn.Linear(${s(n)}, ${s(h)}${next(2) === 1 ? `, bias=${bool(next)}` : ''})`
    case 6: {
      const groups = choose(next, [1, 2, 3])
      const dims = next(2)
      const kernel = dims === 2 && next(2) === 1 ? `(${next(3)}, ${next(3)})` : `${next(3)}`
      return `nn.Conv${dims}d(${groups * next(4)}, ${groups * next(4)}, ${kernel}, stride=${next(2)}, padding=${next(2) - 1}, groups=${groups}, bias=${bool(next)})`
    }
    case 7:
      return `nn.BatchNorm${next(2)}d(${s(n)}${next(2) === 1 ? `, affine=${bool(next)}` : ''})`
    case 8: {
      const shape = next(2) === 1 ? s(n) : `(${next(4)}, ${n})`
      return `nn.LayerNorm(${shape}${next(2) === 1 ? `, elementwise_affine=${bool(next)}` : ''})`
    }
    case 9: {
      const heads = next(3)
      const kv = next(2) === 1 ? `, kdim=${next(9)}, vdim=${next(9)}` : ''
      return `nn.MultiheadAttention(${heads * next(5)}, ${heads}, bias=${bool(next)}, add_bias_kv=${bool(next)}${kv})`
    }
    case 10:
      return `nn.Sequential(nn.Linear(${n}, ${h}), nn.${choose(next, ['ReLU', 'Tanh', 'GELU'])}(), nn.Dropout(0.1), nn.LazyLinear(${next(9)}))`
    case 11:
      return `nn.ModuleList([nn.Linear(${n}, ${h}) for _ in range(${next(3)})])`
    case 12:
      return `nn.ModuleDict({'a': nn.Linear(${n}, ${h}), 'b': nn.LayerNorm(${h})})`
    case 13:
      return `nn.Parameter(torch.randn(${s(n)}, ${s(h)}) * 0.01)`
    default:
      return `nn.${choose(next, ['Dropout(0.5)', 'ReLU()', 'Tanh()', 'MaxPool1d(2)', 'Flatten()', 'Identity()'])}`
  }
}

/**
 * `count` random programs: a helper module used by the model, constants,
 * constructor arguments with defaults, frozen parts and tied weights.
 */
export function randomTorchPrograms(count: number, seed: number): TorchProgram[] {
  const next = seeded(seed)
  return Array.from({length: count}, () => {
    const helper = Array.from(
      {length: next(3)},
      (_, i) => `        self.h${i} = ${layerCall(next)}`
    )
    const own = Array.from({length: next(5)}, (_, i) => `        self.m${i} = ${layerCall(next)}`)
    const vocab = next(30)
    const width = next(10)
    const tied = next(4) === 1
    const lines = [
      'import torch',
      'import torch.nn as nn',
      `WIDTH = ${width}`,
      'class Helper(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.unused = 0',
      ...helper,
      'class Net(nn.Module):',
      `    def __init__(self, vocab, width=WIDTH, tie=${tied ? 'True' : 'False'}):`,
      '        super().__init__()',
      '        self.embedding = nn.Embedding(vocab, width)',
      '        self.helper = Helper()',
      ...own,
      '        self.decoder = nn.Linear(width, vocab)',
      '        if tie:',
      '            self.decoder.weight = self.embedding.weight',
      // A lazy layer cannot be frozen before its first call.
      ...(next(3) === 1 && !helper.join().includes('Lazy')
        ? ['        self.helper.requires_grad_(False)']
        : []),
      ...(next(3) === 1 ? ['        self.embedding.weight.requires_grad = False'] : []),
      ...(next(4) === 1
        ? ['        for p in self.decoder.parameters():', '            p.requires_grad = False']
        : []),
      `model = Net(${vocab})`
    ]
    return {code: lines.join('\n') + '\n', tied}
  })
}
