import {describe, expect, it} from 'vitest'
import {layersAt, readModelCode} from '../../../src/core/code/index.js'

function read(code: string) {
  const analysis = readModelCode(code)
  if (!analysis.ok) throw new Error(analysis.problems[0]?.message)
  return analysis.breakdown
}

const text = (code: string, span: {from: number; to: number} | undefined) =>
  span && code.slice(span.from, span.to)

describe('where the code constructs each layer', () => {
  it('records a Keras layer’s constructor call, not its calls on tensors', () => {
    const code = [
      'inputs = keras.Input(shape=(None, 4))',
      'shared = layers.Dense(4, name="shared")',
      'x = shared(shared(inputs))',
      'y = layers.LSTM(3)(x)',
      'model = keras.Model(inputs, y)'
    ].join('\n')
    const breakdown = read(code)
    expect(breakdown.layers.map((layer) => text(code, layer.source))).toEqual([
      'layers.Dense(4, name="shared")',
      'layers.LSTM(3)'
    ])
    expect(layersAt(breakdown, code, code.indexOf('x = shared')).map((l) => l.name)).toEqual([])
    expect(layersAt(breakdown, code, code.indexOf('y =')).map((l) => l.name)).toEqual(['lstm'])
  })

  it('records a PyTorch module’s constructor, each instance a helper class makes at the same call', () => {
    const code = [
      'class Block(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.fc = nn.Linear(2, 2)',
      '',
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.blocks = nn.ModuleList([Block(), Block()])',
      '        self.scale = nn.Parameter(torch.ones(2))',
      '',
      'model = Net()'
    ].join('\n')
    const breakdown = read(code)
    expect(breakdown.layers.map((layer) => [layer.name, text(code, layer.source)])).toEqual([
      ['', 'Net()'],
      ['blocks.0.fc', 'nn.Linear(2, 2)'],
      ['blocks.1.fc', 'nn.Linear(2, 2)']
    ])
    const at = code.indexOf('nn.Linear')
    expect(layersAt(breakdown, code, at).map((layer) => layer.name)).toEqual([
      'blocks.0.fc',
      'blocks.1.fc'
    ])
  })

  it('places the layers of pasted print(model) output on their printed lines', () => {
    const code =
      'Net(\n  (rnn): GRU(2, 3)\n  (fc): Linear(in_features=3, out_features=1, bias=True)\n)'
    const breakdown = read(code)
    expect(breakdown.layers.map((layer) => text(code, layer.source))).toEqual([
      'GRU(2, 3)',
      'Linear(in_features=3, out_features=1, bias=True)'
    ])
  })
})
