import {expect, it} from 'vitest'
import {readModelCode} from '../../src/core/code/index.js'
import {codeTerminalTable} from '../../src/render/index.js'

it('shows a model’s own parameters as (model) and a partly frozen layer’s split', () => {
  const analysis = readModelCode(`import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(3))
        self.fc = nn.Linear(3, 2)
        self.fc.bias.requires_grad = False
model = Net()
`)
  if (!analysis.ok) throw new Error('not counted')
  expect(codeTerminalTable(analysis.breakdown, {thousandsSeparator: ','})).toBe(
    [
      '(model): Net  3',
      '  scale [3]  a = 3  3',
      '',
      'fc: Linear  8  (2 non-trainable)',
      '  weight [2, 3]  o·n = 2·3  6',
      '  bias [2]  o = 2  2  (non-trainable)',
      '',
      'Total params: 11',
      'Trainable params: 9',
      'Non-trainable params: 2'
    ].join('\n')
  )
})
