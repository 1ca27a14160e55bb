import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Bad input: a positioned problem with a ruleId, never a crash or a silent number.

const torch = 'import torch\nimport torch.nn as nn\n'
const keras = 'import keras\nfrom keras import layers\n'

const cases: Array<[string, string, string, string | undefined]> = [
  [
    'a syntax error',
    `${torch}model = nn.Sequential(nn.Linear(3, 4)\nx = = 2\n`,
    'python-syntax',
    undefined
  ],
  [
    'prose, not Python',
    'An LSTM has four gates, and this is prose about it.',
    'not-python',
    undefined
  ],
  [
    'an unknown torch layer',
    `${torch}model = nn.Transformer(4, 2)\n`,
    'unknown-layer',
    'nn.Transformer'
  ],
  ['a misspelled torch layer', `${torch}model = nn.LSTMM(4, 2)\n`, 'unknown-layer', 'nn.LSTMM'],
  [
    'an unknown Keras layer',
    `${keras}model = keras.Sequential([layers.Foo(3)])\n`,
    'unknown-layer',
    'layers.Foo'
  ],
  [
    'a size known at run time',
    `${torch}model = nn.Linear(len(vocab), 4)\n`,
    'unresolved-size',
    'len(vocab)'
  ],
  [
    'an argument never given',
    `${torch}class N(nn.Module):\n    def __init__(self, n):\n        super().__init__()\n        self.l = nn.Linear(n, 2)\nmodel = N()\n`,
    'unresolved-size',
    'n'
  ],
  [
    'a condition known at run time',
    `${torch}if args.big:\n    model = nn.Linear(3, 4)\n`,
    'unresolved-size',
    'args.big'
  ],
  [
    'a Keras first layer without input',
    `${keras}model = keras.Sequential([layers.Dense(4)])\n`,
    'unknown-input-width',
    'layers.Dense(4)'
  ],
  [
    'a Keras layer on an unknown tensor',
    `${keras}x = keras.Input(shape=(3,))\ny = layers.Dense(2)(tf.expand_dims(x))\nmodel = keras.Model(x, y)\n`,
    'unknown-input-width',
    // The operation the reader does not follow, where the width is lost.
    'tf.expand_dims(x)'
  ],
  ['no model', `${torch}class N(nn.Module):\n    pass\n`, 'no-model', ''],
  [
    '10,000 layers',
    `${torch}model = nn.Sequential(*[nn.Linear(2, 2) for _ in range(10000)])\n`,
    'too-many-layers',
    'nn.Linear(2, 2)'
  ],
  [
    'a loop without end',
    `${torch}xs = [nn.Linear(2, 2) for _ in range(10 ** 9)]\n`,
    'too-many-layers',
    'range(10 ** 9)'
  ],
  ['a size over the cap', `${torch}model = nn.Linear(100000000, 2)\n`, 'out-of-range', '100000000'],
  [
    'more parameters than counted exactly',
    `${torch}model = nn.Sequential()\nmodel.p = nn.Parameter(torch.randn(10000000, 10000000, 1000))\n`,
    'too-many-parameters',
    ''
  ],
  ['a fractional size', `${torch}model = nn.Linear(2.5, 3)\n`, 'bad-layer-argument', '2.5'],
  ['a missing argument', `${torch}model = nn.Linear(3)\n`, 'bad-layer-argument', 'nn.Linear(3)'],
  [
    'groups that do not divide',
    `${torch}model = nn.Conv1d(3, 4, 3, groups=2)\n`,
    'bad-layer-argument',
    'nn.Conv1d(3, 4, 3, groups=2)'
  ],
  [
    'Keras groups that do not divide',
    `${keras}model = keras.Sequential([keras.Input((5, 3)), layers.Conv1D(4, 3, groups=2)])\n`,
    'bad-layer-argument',
    'layers.Conv1D(4, 3, groups=2)'
  ],
  [
    'heads that do not divide',
    `${torch}model = nn.MultiheadAttention(10, 3)\n`,
    'bad-layer-argument',
    'nn.MultiheadAttention(10, 3)'
  ],
  [
    'a lazy layer alone',
    `${torch}model = nn.LazyLinear(4)\n`,
    'unknown-input-width',
    'nn.LazyLinear(4)'
  ],
  [
    'a lazy layer first in a Sequential',
    `${torch}model = nn.Sequential(nn.LazyLinear(4))\n`,
    'unknown-input-width',
    'nn.LazyLinear(4)'
  ],
  ['a recursion without end', 'def f():\n    return f()\nmodel = f()\n', 'unsupported-code', 'f()'],
  [
    'a shared Keras layer on another width',
    `${keras}a = keras.Input((3,))\nb = keras.Input((4,))\nd = layers.Dense(2)\nmodel = keras.Model([a, b], layers.add([d(a), d(b)]))\n`,
    'bad-layer-argument',
    'd(b)'
  ],
  [
    'merge_mode=None',
    `${keras}model = keras.Sequential([keras.Input((3, 2)), layers.Bidirectional(layers.LSTM(2), merge_mode=None)])\n`,
    'bad-layer-argument',
    'layers.Bidirectional(layers.LSTM(2), merge_mode=None)'
  ],
  [
    'Bidirectional of a number',
    `${keras}model = keras.Sequential([keras.Input((3, 2)), layers.Bidirectional(3)])\n`,
    'bad-layer-argument',
    'layers.Bidirectional(3)'
  ],
  [
    'a Sequential of something else',
    `${keras}model = keras.Sequential([3])\n`,
    'bad-layer-argument',
    'keras.Sequential([3])'
  ],
  [
    'a ModuleList of something else',
    `${torch}model = nn.ModuleList([3])\n`,
    'bad-layer-argument',
    'nn.ModuleList([3])'
  ],
  [
    'a parameter of unknown shape',
    `${torch}model = nn.Sequential()\nmodel.w = nn.Parameter(weights)\n`,
    'unresolved-size',
    'weights'
  ],
  [
    'a parameter of a made-up tensor',
    `${torch}model = nn.Sequential()\nmodel.w = nn.Parameter(make())\n`,
    'unresolved-size',
    'make()'
  ],
  [
    'a pretrained embedding of unknown vectors',
    `${torch}model = nn.Embedding.from_pretrained(glove.vectors)\n`,
    'unresolved-size',
    'glove.vectors'
  ],
  [
    'a layer argument that is a model',
    `${torch}model = nn.Linear(nn.ReLU(), 2)\n`,
    'bad-layer-argument',
    'nn.ReLU()'
  ]
]

describe('problems in model code', () => {
  it.each(cases)('%s', (_, code, ruleId, at) => {
    const analysis = readModelCode(code)
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    const [problem] = analysis.problems
    expect(problem?.ruleId).toBe(ruleId)
    if (at !== undefined) expect(code.slice(problem?.from, problem?.to)).toBe(at)
    expect(problem?.message.length).toBeGreaterThan(10)
  })

  it('says where a syntax error is, also when the code stops inside a bracket', () => {
    const message = (code: string) => {
      const analysis = readModelCode(code)
      return analysis.ok ? '' : analysis.problems[0]?.message
    }
    expect(message(`${torch}x = = 2\nmodel = nn.Linear(2, 3)\n`)).toBe(
      'Python syntax error at `=`.'
    )
    expect(message(`${torch}model = nn.Linear(2, 3)\nx = (`)).toBe(
      'Python syntax error at the end: something opened is not closed.'
    )
  })

  it('names the models built when the one asked for is not', () => {
    const analysis = readModelCode(`${torch}net = nn.Linear(2, 3)\n`, {model: 'nope'})
    expect(analysis.ok ? [] : analysis.problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['no-model', 'The code builds no model called `nope`; built: net.']
    ])
    const none = readModelCode('x = 1\n', {model: 'nope'})
    expect(none.ok ? '' : none.problems[0]?.message).toContain('built: none')
  })

  it('suggests the layer meant', () => {
    const analysis = readModelCode(`${torch}model = nn.LSTMM(4, 2)\n`)
    expect(analysis.ok ? '' : analysis.problems[0]?.message).toContain('Did you mean `nn.LSTM`?')
  })
})
