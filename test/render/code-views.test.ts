import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import type {CodeBreakdown} from '../../src/core/code/index.js'
import {readModelCode} from '../../src/core/code/index.js'
import {codeGraphSection} from '../../src/render/diagram/code-graph-layout.js'
import type {CodeNode} from '../../src/render/diagram/code-nodes.js'
import {renderCodeSolution, solutionStrings} from '../../src/render/index.js'

function read(code: string): CodeBreakdown {
  const analysis = readModelCode(code)
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

const settings = {
  mode: 'show' as const,
  strings: solutionStrings('en'),
  format: {thousandsSeparator: ','}
}

/** The rendered solution as HTML, the diagram's SVG included. */
function html(breakdown: CodeBreakdown, parts: Parameters<typeof renderCodeSolution>[1]['parts']) {
  const [block] = renderCodeSolution(breakdown, {...settings, parts})
  return JSON.stringify(block)
}

describe('the views of a model read from code, rendered', () => {
  it('draws the diagram as the page’s first when no placement is given', () => {
    const [block] = renderCodeSolution(read('model = nn.GRU(2, 3)'), {
      ...settings,
      parts: ['diagram']
    })
    const diagram = block?.children[0] as {data: {hChildren: Element[]}}
    const svg = diagram.data.hChildren[0] as Element
    const markup = toHtml(svg, {space: 'svg'})
    expect(markup).toContain('<title id="rnn-diagram-title">PyTorch model: 63 parameters</title>')
    expect(markup).toContain('<style>')
  })

  it('counts a Keras Input two models share once, and lists both models’ layers', () => {
    const breakdown = read(`from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input(shape=(None, 3))
h = layers.LSTM(4)(inp)
encoder = keras.Model(inp, h)
trainer = keras.Model(inp, layers.Dense(2)(h))`)
    expect(breakdown.inputs).toEqual([{name: 'input_layer', shape: [null, null, 3]}])
    expect(breakdown.layers.map((layer) => [layer.name, layer.inputs])).toEqual([
      ['lstm', ['input_layer']],
      ['dense', ['lstm']]
    ])
    expect(html(breakdown, ['summary'])).toContain('input_layer (InputLayer)')
  })

  it('lists a tied tensor in every module that holds it, under the name PyTorch gives it first', () => {
    const breakdown = read(`import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(10, 4)
        self.out = nn.Linear(4, 10)
        self.out.weight = self.embed.weight
        self.tied = self.embed.weight
model = M()`)
    const json = html(breakdown, ['summary', 'shapes'])
    // The root's own parameters come first in named_parameters(): `tied` names the tensor.
    expect(json).toContain('"tied [10, 4]"')
    expect(json).toContain('"weight [10, 4] = tied"')
    expect(breakdown.total).toBe(40 + 10)
  })

  it('draws no arrow from a node the picture does not hold', () => {
    const node = (name: string, from: string[]): CodeNode => ({
      name,
      label: name,
      details: ['1 parameter'],
      tone: 'hidden',
      from,
      depth: 0,
      words: name
    })
    const section = codeGraphSection([node('a', []), node('b', ['a', 'elsewhere'])])
    expect(section.items.filter((item) => item.kind === 'edge')).toHaveLength(1)
  })
})
