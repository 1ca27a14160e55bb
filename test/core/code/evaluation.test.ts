import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// What the reader makes of Python expressions, read (never run): each is the
// input width of `nn.Linear(EXPR, 1)`, whose count is EXPR + 1, or a problem
// naming the text it cannot know.

function width(setup: string, expression: string): number | string {
  const code = `import torch\nimport torch.nn as nn\nfrom torch.nn import *\n${setup}\nmodel = nn.Linear(${expression}, 1)\n`
  const analysis = readModelCode(code)
  if (analysis.ok) return analysis.breakdown.total - 1
  const [problem] = analysis.problems
  return `${problem?.ruleId} ${code.slice(problem?.from, problem?.to)}`
}

const known: Array<[string, string, number]> = [
  ['', '7 - 2', 5],
  ['xs = [1, 2] + [3]', 'len(xs)', 3],
  ['xs = list((4, 5))', 'xs[1]', 5],
  ['xs = tuple([4, 5])', 'xs[0] + round(2.4)', 6],
  ['xs = []\nxs.append(3)\nxs.extend([4])', 'sum_ if False else xs[1]', 4],
  ['', 'max(range(2, 5))', 4],
  ['', 'max(3, 9)', 9],
  ['', '+4', 4],
  ['', '0 or 6', 6],
  ['', '3 and 5', 5],
  ['d = dict([("a", 3)])', 'd["a"]', 3],
  ['d = OrderedDict()', '2', 2],
  ['d = {"a": 2, "b": 3}', 'd["b"]', 3],
  [
    'm = nn.ModuleDict({"k": nn.Linear(2, 3)})',
    'm["k"].out_features if False else m["k"].weight.shape[0]',
    3
  ],
  ['f = nn.Sequential(nn.Linear(2, 3))', 'f[0].weight.data.shape[1]', 2],
  ['t = torch.zeros(2, 3)', 't.shape[1] if t.requires_grad_ else 0', 3],
  ['w = nn.Parameter(torch.ones(4))', '4 if w.requires_grad else 0', 4],
  ['import keras\nd = keras.layers.Dense(3, trainable=False)', '5 if not d.trainable else 0', 5],
  ['class A:\n    pass', '2', 2],
  ['def f(a, *args, b=2, **kw):\n    return a + b\n', 'f(1, 9, b=3, c=4)', 4],
  ['xs = [i * 2 for i in range(3)]', 'xs[-1]', 4],
  ['t = torch.zeros(n)\nu = torch.ones(2.5)', '2', 2]
]

const unknown: Array<[string, string, string]> = [
  ['', '1j', 'unresolved-size 1j'],
  ['', "'a' * 2", "unresolved-size 'a' * 2"],
  ['', '-"a"', 'unresolved-size -"a"'],
  ['', 'not n', 'unresolved-size n'],
  ['', 'n or 2', 'unresolved-size n'],
  ['xs = [1]', 'xs[3]', 'unresolved-size xs[3]'],
  ['d = {"a": 1}', 'd["b"]', 'unresolved-size d["b"]'],
  ['', '(3)[0]', 'unresolved-size (3)[0]'],
  ['', 'n[0]', 'unresolved-size n'],
  ['', 'x_train.shape[1]', 'unresolved-size x_train.shape[1]'],
  ['', 'x_train.shape[k]', 'unresolved-size x_train.shape'],
  ['', '[4, 8][k]', 'unresolved-size k'],
  ['xs = [4, 8]', 'xs[0, 1]', 'unresolved-size xs[0, 1]'],
  ['xs = [4, 8]', 'xs[:1][0] + xs[1:][0] + len(xs[::1]) + 3[1:]', 'unresolved-size 3[1:]'],
  ['xs = [4, 8]', 'xs[k:][0]', 'unresolved-size k'],
  ['xs = [4, 8]', 'xs["a":][0]', 'unresolved-size xs["a":]'],
  ['', '(3).real', 'unresolved-size (3).real'],
  ['', 'len(3)', 'unresolved-size len(3)'],
  ['', 'int("x")', 'unresolved-size int("x")'],
  ['', 'max(1, "a")', 'unresolved-size max(1, "a")'],
  ['', 'len(*n)', 'unresolved-size len(*n)'],
  ['xs = []', 'xs.pop()', 'unresolved-size xs.pop()'],
  ['', 'getattr(nn, 3)', 'unresolved-size getattr(nn, 3)'],
  ['', 'n if cond else 2', 'unresolved-size cond'],
  ['', '[i for i in n][0]', 'unresolved-size n'],
  ['', '[i for i in 3][0]', 'unresolved-size [i for i in 3]'],
  ['', '(lambda: n)()', 'unresolved-size n'],
  ['', 'np.prod((2, 3))', 'unresolved-size np.prod((2, 3))'],
  ['', 'torch.randn(2).sum()', 'unresolved-size torch.randn(2).sum()'],
  ['', 'nn.init.xavier(3)', 'unresolved-size nn.init.xavier(3)'],
  ['m = nn.Linear(2, 3)', 'm.reset_parameters()', 'unresolved-size m.reset_parameters()'],
  ['m = nn.Linear(2, 3)', 'm[0]', 'unresolved-size m[0]']
]

describe('expressions the reader works out', () => {
  it.each(known)('%s → %s', (setup, expression, value) => {
    expect(width(setup, expression)).toBe(value)
  })

  it.each(unknown)('%s → %s is a problem', (setup, expression, problem) => {
    expect(width(setup, expression)).toBe(problem)
  })
})
