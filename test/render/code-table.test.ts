import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import {toMarkdown} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../src/core/code/index.js'
import {codeSolutionTable} from '../../src/render/index.js'

function table(code: string): string {
  const analysis = readModelCode(code)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return toMarkdown(codeSolutionTable(analysis.breakdown, {thousandsSeparator: ','}), {
    extensions: [gfmTableToMarkdown(), mathToMarkdown()]
  })
}

describe('the worked table of a model read from code', () => {
  it('groups tensors by layer with subtotals, and splits a frozen total', () => {
    const markdown = table(`import keras
model = keras.Sequential([
    keras.Input((None, 3)),
    keras.layers.LSTM(4),
    keras.layers.BatchNormalization(),
    keras.layers.Dense(1000),
])
`)
    expect(markdown).toContain('| **lstm**')
    expect(markdown).toContain('`kernel`')
    expect(markdown).toMatch(/`moving_mean` \(non-trainable\)/)
    expect(markdown).toContain('$4 \\cdot n \\cdot h = 4 \\cdot 3 \\cdot 4$')
    expect(markdown).toMatch(/\*\*Total\*\*.*\*\*5,144\*\*/)
    expect(markdown).toMatch(/\*\*Non-trainable\*\*.*\*\*8\*\*/)
  })

  it('writes a scalar’s shape and the model’s own tensors, and no split without frozen ones', () => {
    const markdown = table(`import keras
q = keras.Input((2, 3))
model = keras.Model(q, keras.layers.Attention(use_scale=True)([q, q]))
`)
    expect(markdown).toContain('scalar')
    expect(markdown).not.toContain('Trainable')
    const own = table(`import torch
import torch.nn as nn
class N(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))
model = N()
`)
    expect(own).toContain('**(model)**')
  })
})
