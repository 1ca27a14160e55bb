import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// The Python that held-out PyTorch course code leans on (see
// torch-heldout.test.ts), each idiom alone: its count, or the problem it is.

function total(code: string, sizes: Record<string, number> = {}): number | string {
  const analysis = readModelCode(`import torch\nimport torch.nn as nn\n${code}\n`, {sizes})
  if (analysis.ok) return analysis.breakdown.total
  const [problem] = analysis.problems
  return `${problem?.ruleId} ${code.slice((problem?.from ?? 0) - 35, (problem?.to ?? 0) - 35)}`
}

/** A model whose one Linear reads `value` inputs: its count is value + 1. */
const width = (prelude: string, value: string) => `${prelude}\nmodel = nn.Linear(${value}, 1)`

const cases: Array<[string, string, number | string]> = [
  // Slices.
  ['a list sliced', width('dims = [4, 8, 2]', 'sum(dims[1:]) if False else dims[:-1][1]'), 9],
  ['a string sliced', width('s = "abcdef"', 'len(s[2:])'), 5],
  ['a slice with a step', width('dims = [4, 8, 2]', 'dims[::2][1]'), 3],
  [
    'a slice with a negative step',
    width('dims = [4, 8, 2]', 'dims[::-1][0]'),
    'unresolved-size dims[::-1]'
  ],
  ['a slice of what is not known', width('', 'sizes[1:][0]'), 'unresolved-size sizes'],
  ['a slice by a string', width('dims = [4]', 'dims["a":][0]'), 'unresolved-size dims["a":]'],
  ['a slice of a number', width('n = 4', 'n[1:]'), 'unresolved-size n[1:]'],
  // Strings: joined, printf-style, f-strings.
  ['strings joined', width('s = "ab" + "cd"', 'len(s)'), 5],
  ['printf-style names', width("s = 'gru%d_%s' % (1, 'ab')", 'len(s)'), 8],
  ['one printf value, and %%', width("s = '%d%%' % 10", 'len(s)'), 4],
  ['printf with too few values', width("s = '%d_%d' % (1,)", 'len(s)'), 'unresolved-size len(s)'],
  ['printf with too many values', width("s = '%d' % (1, 2)", 'len(s)'), 'unresolved-size len(s)'],
  ['printf of a list', width("s = '%s' % [[1]]", 'len(s)'), 'unresolved-size len(s)'],
  ['printf of what is not known', width("s = '%d' % k", 'len(s)'), 'unresolved-size len(s)'],
  ['an f-string', width('i = 12\ns = f"drop{i}_{\'x\'}"', 'len(s)'), 9],
  ['an f-string of what is not known', width('s = f"a{k}"', 'len(s)'), 'unresolved-size len(s)'],
  ['an f-string of a list', width('s = f"a{[1]}"', 'len(s)'), 'unresolved-size len(s)'],
  // Comprehensions.
  [
    'a comprehension over pairs',
    'dims = [4, 8, 2]\nmodel = nn.ModuleList([nn.Linear(a, b) for a, b in zip(dims, dims[1:])])',
    4 * 8 + 8 + 8 * 2 + 2
  ],
  [
    'a comprehension with a condition',
    'model = nn.ModuleList([nn.Linear(2, 2) for i in range(4) if i > 1])',
    12
  ],
  ['a generator spread', 'model = nn.Sequential(*(nn.Linear(2, 2) for i in range(3)))', 18],
  [
    'a generator as the one argument',
    'model = nn.ModuleList(nn.Linear(2, 2) for i in range(3))',
    18
  ],
  ['a dict comprehension', 'model = nn.ModuleDict({k: nn.Linear(2, 2) for k in ["a", "b"]})', 12],
  [
    'two for clauses and a parenthesised target',
    'model = nn.ModuleList([nn.Linear(a, b) for (a, b) in [(1, 2), (2, 3)] for _ in range(2)])',
    26
  ],
  ['a set comprehension', width('s = {i for i in range(3)}', 'len(s)'), 4],
  [
    'a comprehension condition not known',
    width('xs = [i for i in range(3) if k]', 'xs[0]'),
    'unresolved-size k'
  ],
  [
    'a comprehension over what is not known',
    'model = nn.ModuleList([nn.Linear(2, 2) for w in words])',
    'unresolved-size words'
  ],
  ['a pair target given a number', width('xs = [a for a, b in [1]]', 'xs[0]'), 'unresolved-size a'],
  ['a pair target given one value', width('xs = [a for a, b in [[1]]]', 'xs[0]'), 2],
  ['a float written with a bare point', width('stdv = 1. / (4 ** 0.5)', 'int(stdv * 8)'), 5],
  // Builtins.
  ['len of a dict', width('d = {"a": 1, "b": 2}', 'len(d)'), 3],
  ['str', width('', 'len(str(123))'), 4],
  [
    'zip and enumerate',
    'model = nn.Sequential()\nfor i, (a, b) in enumerate(zip([2, 3, 9], [3, 1])):\n    model.add_module(str(i), nn.Linear(a, b))',
    2 * 3 + 3 + 3 + 1
  ],
  ['zip of a number', width('z = zip(3)', 'len(z)'), 'unresolved-size len(z)'],
  [
    'setattr with an f-string name',
    'class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        for i in range(2):\n            setattr(self, f"fc{i}", nn.Linear(2, 2))\n        setattr(None, "x", 1)\n        setattr(self, "y")\nmodel = M()',
    12
  ],
  [
    'setattr with a name not known',
    'class M(nn.Module):\n    def __init__(self, name):\n        super().__init__()\n        setattr(self, name, nn.Linear(2, 2))\nmodel = M(k)',
    'unsupported-code name'
  ],
  [
    'add_module with a name not known',
    'model = nn.Sequential()\nmodel.add_module(k, nn.Linear(2, 2))',
    'unsupported-code k'
  ],
  // Dicts.
  ['dict.get with a default', width('cfg = {"a": 3}', 'cfg.get("b", 2) + cfg.get("a")'), 6],
  ['dict.get of a missing key', width('cfg = {}', 'cfg.get("b") or 4'), 5],
  [
    'dict keys, values and items',
    width('cfg = {"a": 3, "b": 4}', 'len(cfg.keys()) + cfg.values()[1] * 0 + cfg.items()[1][1]'),
    7
  ],
  [
    'a dict method the reader does not follow',
    width('cfg = {"a": 3}', 'cfg.pop("a")'),
    'unresolved-size cfg.pop("a")'
  ],
  // Functions: lambdas, *args, keyword-only, **kwargs.
  ['a lambda', width('f = lambda a, b=2: a * b', 'f(3)'), 7],
  [
    'a closure',
    'def outer(n):\n    def inner():\n        return nn.Linear(n, 1)\n    return inner()\nmodel = outer(5)',
    6
  ],
  ['*args', width('def f(*shape):\n    return shape[0] * shape[1]', 'f(2, 3)'), 7],
  ['keyword-only', width('def f(a, *, b=2):\n    return a + b', 'f(1, b=4)'), 6],
  [
    '**kwargs passed through',
    'def f(a, **kw):\n    return nn.Linear(a, 2, **kw)\nmodel = f(3, bias=False, other=1)',
    6
  ],
  [
    'a keyword from a spread dict',
    width('def f(a, b=1):\n    return a + b\nkw = {"b": 4}', 'f(2, **kw)'),
    7
  ],
  ['a spread of what is not known', width('def f(a, b=1):\n    return a + b', 'f(2, **opts)'), 4],
  ['a layer given a spread not known', 'model = nn.Linear(2, 2, **opts)', 6],
  [
    'setattr without a name',
    'setattr(None)\nmodel = nn.Linear(2, 2)',
    'unsupported-code setattr(None)'
  ],
  // Classes as configs.
  [
    'a dataclass config',
    '@dataclass\nclass Config:\n    hidden: int\n    layers: int = 2\n    a.b = 1\n    x, y = 1, 2\nconfig = Config(4)\nmodel = nn.Linear(config.hidden, config.layers)',
    10
  ],
  [
    'a dataclass field not given',
    'class Config:\n    hidden: int\nconfig = Config()\nmodel = nn.Linear(config.hidden, 1)',
    'unresolved-size hidden'
  ],
  // Parameter containers.
  [
    'ParameterList and ParameterDict',
    'class M(nn.Module):\n    pass\nmodel = M()\nmodel.a = nn.ParameterList([nn.Parameter(torch.zeros(2))])\nmodel.a.append(nn.Parameter(torch.zeros(3)))\nmodel.a.extend([nn.Parameter(torch.zeros(1))])\nmodel.b = nn.ParameterDict({"x": nn.Parameter(torch.zeros(4))})\nmodel.c = nn.ParameterList()',
    10
  ],
  [
    'a ParameterList of a layer',
    'model = nn.ParameterList([nn.Linear(2, 2)])',
    'bad-layer-argument nn.ParameterList([nn.Linear(2, 2)])'
  ],
  [
    'a ParameterList appended a layer',
    'model = nn.ParameterList()\nmodel.append(nn.Linear(2, 2))',
    'bad-layer-argument model.append(nn.Linear(2, 2))'
  ],
  [
    'a tensor by size=',
    'class M(nn.Module):\n    pass\nmodel = M()\nmodel.w = nn.Parameter(torch.randn(size=(3, 4)))',
    12
  ],
  // Strings and tensors asked about.
  [
    'string methods',
    width(
      's = "lstm"',
      '5 if s.upper() == "LSTM" and s.lower() == "lstm" and s.startswith("ls") and not s.endswith("x") and "st" in s and "q" not in s else 1'
    ),
    6
  ],
  [
    'a string method the reader does not follow',
    width('s = "a"', 's.strip()'),
    'unresolved-size s.strip()'
  ],
  [
    'startswith of what is not known',
    width('s = "a"', 's.startswith(k)'),
    'unresolved-size s.startswith(k)'
  ],
  [
    'a tensor asked its dimensions',
    width('w = torch.zeros(2, 3)', 'w.dim() + w.numel() + w.size()[1] + w.size(0) + w.size(-1)'),
    17
  ],
  [
    'a tensor size out of range',
    width('w = torch.zeros(2)', 'w.size(3)'),
    'unresolved-size w.size(3)'
  ],
  [
    'a tensor method the reader does not follow',
    width('w = torch.zeros(2)', 'w.sum()'),
    'unresolved-size w.sum()'
  ],
  [
    'a layer asked its width',
    width('r = nn.RNN(2, 3, bidirectional=True)', 'r.hidden_size * (2 if r.bidirectional else 1)'),
    7
  ],
  [
    'a layer asked a width it keeps as a tuple',
    'c = nn.Conv1d(2, 4, (3,))\nmodel = nn.Linear(c.kernel_size, 1)',
    'bad-layer-argument c.kernel_size'
  ],
  [
    'a while loop',
    'layers = []\ni = 0\nwhile i < 3:\n    layers.append(nn.Linear(2, 2))\n    i += 1\nmodel = nn.Sequential(*layers)',
    18
  ],
  [
    'a while loop on what is not known',
    'while k:\n    pass\nmodel = nn.Linear(2, 2)',
    'unresolved-size k'
  ],
  [
    'a while loop without end',
    'while True:\n    pass\nmodel = nn.Linear(2, 2)',
    'too-many-layers True'
  ],
  // Scripts.
  [
    'parameters frozen by name, and children',
    'model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))\nfor name, p in model.named_parameters():\n    if name.endswith("bias"):\n        p.requires_grad = False\nfor key, child in model.named_children():\n    for p in child.parameters():\n        p.requires_grad = key != "0"\nfor child in model.children():\n    pass\nm = torch.compile(model)\nn = torch.compile()\ntorch.save(model, "m.pt")',
    9
  ],
  [
    'a module changed by nn.utils',
    'model = nn.Sequential(nn.utils.weight_norm(nn.Linear(2, 2)))',
    'unknown-layer nn.utils.weight_norm(nn.Linear(2, 2))'
  ],
  [
    'a GPU count',
    'if torch.cuda.device_count() > 1:\n    model = nn.DataParallel(model)\nmodel = nn.Linear(2, 1)',
    3
  ],
  [
    'the main guard and a GPU check',
    'if __name__ == "__main__" and not torch.cuda.is_available():\n    model = nn.Linear(2, 1)',
    3
  ],
  [
    'a loss kept by the model',
    'model = nn.Sequential(nn.Linear(2, 1))\nmodel.loss = nn.MSELoss()',
    3
  ],
  // A loop over what the code knows only at run time.
  [
    'a vocabulary filled by a loop over text',
    'vocab = {}\nn = 0\nfor sentence in corpus:\n    for w in sentence.split():\n        vocab[w] = len(vocab)\n        n += 1\n        words.append(w)\n        make().x = 1\nmodel = nn.Embedding(len(vocab), 2)',
    'unresolved-size len(vocab)'
  ]
]

describe('PyTorch course idioms', () => {
  it.each(cases)('%s', (_, code, expected) => {
    expect(total(code)).toBe(expected)
  })
})

const holder = 'class M(nn.Module):\n    pass\nmodel = M()\n'

describe('tensors known only at run time', () => {
  it('asks for a whole tensor dimension by dimension, at its text', () => {
    const code = `${holder}model.w = nn.Parameter(torch.from_numpy(m))`
    expect(total(code)).toBe('unresolved-size torch.from_numpy(m)')
    const analysis = readModelCode(code)
    expect(analysis.ok || analysis.problems[0]?.message).toContain(
      'sizes="torch.from_numpy(m).shape[0]=…,torch.from_numpy(m).shape[1]=…"'
    )
  })

  it('counts it once its dimensions are given', () => {
    const code = `${holder}model.w = nn.Parameter(torch.from_numpy(m))\nmodel.fc = nn.Linear(m.shape[1], 1)`
    const sizes = {
      'torch.from_numpy(m).shape[0]': 5,
      'torch.from_numpy(m).shape[1]': 3,
      'm.shape[1]': 3
    }
    expect(total(code, sizes)).toBe(5 * 3 + 3 + 1)
    const withoutWidth = Object.fromEntries(
      Object.entries(sizes).filter(([key]) => key !== 'm.shape[1]')
    )
    expect(total(code, withoutWidth)).toBe('unresolved-size m.shape[1]')
  })

  it('asks for a dimension as itself', () => {
    const code = `${holder}model.w = nn.Parameter(torch.randn(n, 4))`
    const analysis = readModelCode(code)
    expect(analysis.ok || analysis.problems[0]?.message).toContain('sizes="n=…"')
  })

  it('refuses what is not a tensor', () => {
    expect(total(`${holder}model.w = nn.Parameter(3)`)).toBe('unresolved-size nn.Parameter(3)')
  })
})

describe('Lightning hyperparameters', () => {
  it('reads self.hparams', () => {
    const code =
      'class L(nn.Module):\n    def __init__(self, n, h=4):\n        super().__init__()\n        self.save_hyperparameters()\n        self.fc = nn.Linear(self.hparams.n, self.hparams.h)\nmodel = L(3)'
    expect(total(code)).toBe(16)
    expect(total(code.replace('hparams.h)', 'hparams.k)'))).toBe(
      'bad-layer-argument self.hparams.k'
    )
  })
})
