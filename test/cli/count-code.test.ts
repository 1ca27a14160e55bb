import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'
import {cliPath} from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-count-code-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const model = join(folder, 'model.py')
writeFileSync(
  model,
  `import torch.nn as nn
class Net(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embedding = nn.Embedding(vocab, 8)
        self.rnn = nn.LSTM(8, 16, batch_first=True)
        self.fc = nn.Linear(16, vocab)
        self.embedding.weight.requires_grad = False
model = Net(len(vocab))
`
)
const broken = join(folder, 'broken.py')
writeFileSync(
  broken,
  'import torch.nn as nn\n\nmodel = nn.Sequential(\n    nn.Transformer(4, 2),\n)\n'
)

describe.each(cliRunners)('remark-rnn count model.py (%s)', (_runner, run) => {
  it('prints each layer with its tensors, then the total and its trainable split', async () => {
    const {status, stdout} = await run(['count', model, '--sizes=len(vocab)=100'])
    expect(status).toBe(0)
    expect(stdout).toContain(
      'embedding: Embedding  800\n  weight [100, 8]  V·d = 100·8  800  (non-trainable)'
    )
    expect(stdout).toContain('rnn: LSTM  1,664\n  weight_ih_l0 [64, 8]  4·h·n = 4·16·8  512')
    expect(stdout).toContain(
      'Total params: 4,164\nTrainable params: 3,364\nNon-trainable params: 800'
    )
  })

  it('--json: the breakdown with each layer’s params and trainable, and its tensors', async () => {
    const {status, stdout} = await run([
      'count',
      model,
      '--json',
      '--sizes',
      'len(vocab)=100',
      '--model=model'
    ])
    expect(status).toBe(0)
    const json = JSON.parse(stdout)
    expect([json.total, json.trainable, json.nonTrainable]).toEqual([4164, 3364, 800])
    expect(json.layers[0]).toEqual({
      name: 'embedding',
      type: 'Embedding',
      outputWidth: 8,
      params: 800,
      trainable: 0,
      nonTrainable: 800,
      tensors: [{name: 'weight', shape: [100, 8], trainable: false}]
    })
    // Where the code builds a module is for editors, not the count's.
    for (const module of json.modules) expect(module).not.toHaveProperty('source')
  })

  it('a problem is file:line:col, its message and ruleId; exit 2', async () => {
    const {status, stdout, stderr} = await run(['count', broken])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`${broken}:4:5: nn.Transformer is not a layer the reader knows.`)
    expect(stderr).toContain('[unknown-layer]')
  })

  it('a size the code knows only at run time says how to give it', async () => {
    const {status, stderr} = await run(['count', model])
    expect(status).toBe(2)
    expect(stderr).toContain(':9:13:')
    expect(stderr).toContain('sizes="len(vocab)=…"')
  })

  it('a folder is not a model file', async () => {
    const {status, stderr} = await run(['count', folder])
    expect(status).toBe(2)
    expect(stderr).toContain(`cannot read ${folder}: it is a folder.`)
  })

  it('--sizes that are not name=number are a usage error', async () => {
    const {status, stderr} = await run(['count', model, '--sizes=vocab'])
    expect(status).toBe(2)
    expect(stderr).toContain('--sizes takes name=whole number entries')
  })
})

describe('remark-rnn count - (standard input)', () => {
  it('reads the model from standard input', () => {
    const result = spawnSync(process.execPath, [cliPath, 'count', '-', '--json'], {
      input: 'import keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n',
      encoding: 'utf8'
    })
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).total).toBe(8)
    const bad = spawnSync(process.execPath, [cliPath, 'count', '-'], {
      input: 'model = (',
      encoding: 'utf8'
    })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^<stdin>:1:\d+: .*\[(python-syntax|not-python)\]/m)
  })
})
