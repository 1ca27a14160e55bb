import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Python statements the reader follows (and those it steps over).

function total(code: string): number | string {
  const analysis = readModelCode(`import torch\nimport torch.nn as nn\nimport keras\n${code}\n`)
  return analysis.ok ? analysis.breakdown.total : `${analysis.problems[0]?.ruleId}`
}

const cases: Array<[string, string, number | string]> = [
  [
    'an item of a Sequential replaced',
    'model = nn.Sequential(nn.Linear(2, 2))\nmodel[0] = nn.Linear(2, 3)',
    9
  ],
  ['one value to two names', 'a, b = 3\nmodel = nn.Linear(a, b)', 12],
  [
    'annotations and augmented assignments',
    'w: int = 3\nw += 1\nw *= 2\nv: int\nmodel = nn.Linear(w, 1)',
    9
  ],
  ['a parenthesised pair of names', '(a, b) = 2, 3\nmodel = nn.Linear(a, b)', 9],
  ['else', 'if 2 < 1:\n    w = 1\nelse:\n    w = 5\nmodel = nn.Linear(w, 1)', 6],
  ['elif', 'if False:\n    w = 1\nelif True:\n    w = 7\nmodel = nn.Linear(w, 1)', 8],
  [
    'a loop over pairs',
    'model = nn.Sequential()\nfor name, w in [("a", 2), ("b", 3)]:\n    model.add_module(name, nn.Linear(w, 1))',
    7
  ],
  [
    'a loop over what is not known',
    'model = nn.Sequential()\nfor x in data:\n    model.add_module("x", nn.Linear(2, 1))',
    'unsupported-code'
  ],
  ['a bare return', 'def f():\n    return\nmodel = f() or nn.Linear(1, 1)', 2],
  [
    'with, try and decorators',
    '@torch.no_grad()\ndef g():\n    return 2\nwith torch.no_grad():\n    try:\n        model = nn.Linear(g(), 1)\n    except Exception:\n        pass',
    3
  ],
  ['keyword spreads', 'extra = {}\nmodel = nn.Linear(2, 3, **extra)', 9],
  ['a spread list', 'model = nn.Linear(max(*[1, 5]), 1)', 6],
  [
    'a user module inside a Sequential',
    'class A(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.l = nn.Linear(2, 2)\nmodel = nn.Sequential(A(), nn.ReLU(), nn.LazyLinear(1))',
    'unknown-input-width'
  ],
  ['a ModuleList of a number', 'model = nn.ModuleList(3)', 'bad-layer-argument'],
  ['a list item replaced', 'xs = [1, 2]\nxs[0] = 5\na, b = [2, 3]\nmodel = nn.Linear(a, b)', 9],
  [
    'fewer values than names, which Python refuses',
    'a, b, c = [2, 3]\nmodel = nn.Linear(a, b)',
    'unsupported-code'
  ],
  [
    'a Keras Sequential called on nothing',
    'block = keras.Sequential([keras.layers.Dense(2)])\ny = block()\nmodel = keras.Model(None, y)',
    'unknown-input-width'
  ],
  [
    'a ModuleList grown in a loop',
    'model = nn.ModuleList()\nfor i in range(3):\n    model.append(nn.Linear(2, 2))\nmodel.extend([nn.Linear(2, 1)])',
    3 * 6 + 3
  ],
  [
    'a parameter of a number',
    'model = nn.Sequential()\nmodel.p = nn.Parameter(3)',
    'unresolved-size'
  ],
  [
    'parameters of a tensor',
    'ps = torch.zeros(2).parameters()\nmodel = nn.Linear(len(ps) + 1, 1)',
    2
  ],
  ['the layer of a unary minus', 'model = nn.Linear(-n, 1)', 'unresolved-size'],
  ['a sum with an unknown', 'model = nn.Linear(n + 1, 1)', 'unresolved-size'],
  ['comparisons', 'model = nn.Linear(3 if 1 < 2 and 2 > 1 and 1 <= 1 and 2 >= 2 else 0, 1)', 4],
  [
    'Keras members and methods',
    'x = keras.Input((3,))\nshape = x.shape\nd = keras.layers.Dense(2)\nd.name = "d"\nd.get_config()\nmodel = keras.Model(x, [d(x), 3])',
    8
  ],
  [
    'a Keras layer called on nothing',
    'd = keras.layers.Dense(2)\ny = d()\nmodel = keras.Model(None, y)',
    'unknown-input-width'
  ],
  [
    'a bidirectional GRU returning states',
    'x = keras.Input((None, 3))\nout, fw, bw = keras.layers.Bidirectional(keras.layers.GRU(2, return_state=True))(x)\nmodel = keras.Model(x, keras.layers.Dense(1)(fw))',
    2 * 3 * (3 * 2 + 2 * 2 + 2 * 2) + 3
  ]
]

describe('statements', () => {
  it.each(cases)('%s', (_, code, expected) => {
    expect(total(code)).toBe(expected)
  })
})
