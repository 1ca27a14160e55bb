import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

describe.each(cliRunners)('remark-rnn count (%s)', (_runner, run) => {
  it('prints the worked table of the seed example', async () => {
    const {status, stdout} = await run(['count', '--inputs=4', '--units=5', '--outputs=3'])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Parameters\s+Keras tensor \[shape\]\s+In × out\s+Formula\s+Count$/m)
    expect(stdout).toMatch(/input weights\s+kernel \[4, 5\]\s+4 × 5\s+n·h = 4·5\s+20/)
    expect(stdout).toMatch(/total\s+20 \+ \(25 \+ 5\) \+ \(15 \+ 3\)\s+68/)
    expect(stdout.trimEnd().endsWith('68 parameters')).toBe(true)
  })

  it('shows PyTorch tensors as PyTorch stores them, and the total with the table’s separators', async () => {
    const {status, stdout} = await run([
      'count',
      '--inputs=10',
      '--units=20',
      '--cell=lstm',
      '--framework=pytorch',
      '--outputs=3'
    ])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Parameters\s+PyTorch tensor \[shape\]\s+In × out/m)
    expect(stdout).toMatch(
      /input weights\s+weight_ih_l0 \[80, 10\]\s+10 × 80\s+4·n·h = 4·10·20\s+800/
    )
    expect(stdout).toMatch(/input bias\s+bias_ih_l0 \[80\]\s+1 × 80/)
    expect(stdout).toMatch(/total\s+800 \+ \(1,600 \+ 80 \+ 80\) \+ \(60 \+ 3\)\s+2,623/)
    expect(stdout.trimEnd().endsWith('\n2,623 parameters')).toBe(true)
  })

  it('fits an 80-column terminal, listing the terms when a table would be wider', async () => {
    const narrow = (await run(['count', '--inputs=4', '--units=5', '--outputs=3'])).stdout
    const wide = (
      await run([
        'count',
        '--inputs=10',
        '--units=20,20',
        '--cell=lstm',
        '--framework=pytorch',
        '--bidirectional',
        '--outputs=3'
      ])
    ).stdout
    for (const output of [narrow, wide]) {
      for (const line of output.split('\n')) expect([...line].length).toBeLessThanOrEqual(80)
    }

    expect(narrow).toContain('─────')
    expect(wide).toContain(
      'input weights (layer 2, backward)\n  weight_ih_l1_reverse [80, 40]  (40 × 80)\n  4·2·h₁·h₂ = 4·2·20·20 = 3,200'
    )
    // A stack's subtotal shows its sum, one summand per layer.
    expect(wide).toContain('recurrent parameters: 3,520 + 3,520 = 7,040')
    expect(wide.trimEnd().endsWith('15,163 parameters')).toBe(true)
  })

  it('reads `--inputs 4` like `--inputs=4`, and a switch followed by true or false', async () => {
    const spaced = await run([
      'count',
      '--inputs',
      '4',
      '--units',
      '5',
      '--outputs',
      '3',
      '--bidirectional',
      'false',
      '--json'
    ])
    expect(spaced.status).toBe(0)
    expect((JSON.parse(spaced.stdout) as {total: number}).total).toBe(68)
    expect(
      (
        JSON.parse(
          (await run(['count', '--inputs', '4', '--units', '5', '--bidirectional', '--json']))
            .stdout
        ) as {total: number}
      ).total
    ).toBe(100)
  })

  it('prints the breakdown as JSON with total and groups', async () => {
    const {status, stdout} = await run(['count', '--inputs=3', '--units=4', '--json'])
    expect(status).toBe(0)
    const breakdown = JSON.parse(stdout) as {
      total: number
      groups: Record<string, number>
      terms: unknown[]
    }
    expect(breakdown.total).toBe(32)
    expect(breakdown.groups).toEqual({
      embedding: 0,
      input: 12,
      recurrent: 20,
      dense: 0,
      output: 0,
      rnn: 32,
      encoder: 32,
      decoder: 0,
      'decoder-embedding': 0,
      head: 0,
      total: 32
    })
    expect(breakdown.terms).toHaveLength(3)
  })

  it('takes every description flag, a bare --bidirectional meaning true', async () => {
    const {stdout} = await run([
      'count',
      '--inputs=10',
      '--units=8,6',
      '--outputs=2',
      '--cell=lstm',
      '--framework=pytorch',
      '--bidirectional',
      '--bias=true',
      '--proj-size=3',
      '--json'
    ])
    expect((JSON.parse(stdout) as {total: number}).total).toBe(1586)
    const gru = await run([
      'count',
      '--inputs=4',
      '--units=5',
      '--cell=gru',
      '--reset-after=false',
      '--json'
    ])
    expect((JSON.parse(gru.stdout) as {total: number}).total).toBe(3 * (20 + 25 + 5))
  })

  it.each([
    [['count', '--inputs=4', '--unit=5'], 'Unknown flag --unit. Did you mean --units?'],
    // The value after a misspelled flag is left over, but the typo is what to fix.
    [['count', '--inputs', '4', '--unit', '5'], 'Unknown flag --unit. Did you mean --units?'],
    [['count', '--inputs=4', '--units=0'], '--units must be at least 1, not 0.'],
    [
      ['count', '--units=5'],
      'Missing --inputs: say how many input features the network has, such as --inputs=4.'
    ],
    [
      ['count', '--inputs=4', '--units=5', '--reset-after=false'],
      '--reset-after only applies to --cell=gru, not --cell=rnn.'
    ],
    [['count', '--units=5', '--cell=lstmm'], 'Did you mean `lstm`?'],
    [['count', 'missing-model.py'], 'cannot read missing-model.py: no such file.'],
    [
      ['count', 'model.py', '--inputs=4'],
      'count reads one model file, or flags such as --inputs=4 --units=5, not both: `model.py`.'
    ],
    [['frobnicate'], 'unknown command `frobnicate`']
  ])('%j exits 2 with a message on stderr', async (args, message) => {
    const {status, stdout, stderr} = await run(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  it("adds the framework's own layers to --json", async () => {
    const {stdout} = await run([
      'count',
      '--vocab=10000',
      '--inputs=32',
      '--units=32',
      '--outputs=1',
      '--json'
    ])
    const {layers} = JSON.parse(stdout) as {layers: Array<Record<string, unknown>>}
    expect(
      layers.map(({name, type, outputShape, params}) => ({name, type, outputShape, params}))
    ).toEqual([
      {name: 'embedding', type: 'Embedding', outputShape: [null, null, 32], params: 320000},
      {name: 'simple_rnn', type: 'SimpleRNN', outputShape: [null, 32], params: 2080},
      {name: 'dense', type: 'Dense', outputShape: [null, 1], params: 33}
    ])
    const torch = await run([
      'count',
      '--inputs=4',
      '--units=5,5,3',
      '--framework=pytorch',
      '--timesteps=7',
      '--json'
    ])
    const modules = (
      JSON.parse(torch.stdout) as {
        layers: Array<{name: string; type: string; outputShape: unknown}>
      }
    ).layers
    expect(modules.map(({name, type, outputShape}) => [name, type, outputShape])).toEqual([
      ['rnn1', 'RNN', [null, 7, 5]],
      ['rnn2', 'RNN', [null, 7, 3]]
    ])
  })

  it('shows the framework summary under the worked table', async () => {
    const {stdout} = await run([
      'count',
      '--inputs=3',
      '--units=4,4',
      '--bidirectional',
      '--outputs=2'
    ])
    expect(stdout).toContain('As Keras model.summary() lists it:')
    expect(stdout).toMatch(/bidirectional \(Bidirectional\)\s+\(None, None, 8\)\s+64/)
    expect(stdout).toMatch(/bidirectional_1 \(Bidirectional\)\s+\(None, 8\)\s+104/)
    expect(stdout).toContain('Non-trainable params: 0')
    const torch = await run(['count', '--inputs=3', '--units=4', '--framework=pytorch'])
    expect(torch.stdout).toMatch(/rnn \(RNN\)\s+\[batch, time, 4\]\s+weight_ih_l0 \[4, 3\]\s+36/)
  })

  it('prints the Python with --code, counting with that framework', async () => {
    const keras = await run([
      'count',
      '--vocab=10000',
      '--inputs=32',
      '--units=32',
      '--outputs=1',
      '--code=keras'
    ])
    expect(keras.status).toBe(0)
    expect(keras.stdout).toContain(
      '    layers.Embedding(10000, 32),\n    layers.SimpleRNN(32),\n    layers.Dense(1),'
    )
    expect(keras.stdout).toContain('# Expected: 322113 parameters')
    const torch = await run([
      'count',
      '--vocab=10000',
      '--inputs=32',
      '--units=32',
      '--outputs=1',
      '--code=pytorch'
    ])
    expect(torch.stdout).toContain('self.rnn = nn.RNN(32, 32, batch_first=True)')
    expect(torch.stdout).toContain('# Expected: 322145 parameters')
  })

  it.each([
    [['count', '--inputs=4', '--units=5', '--code=pytroch'], 'Did you mean --code=pytorch?'],
    [
      ['count', '--inputs=4', '--units=5', '--code=keras', '--framework=pytorch'],
      '--code=keras writes keras code'
    ],
    [['count', '--inputs=4', '--units=5', '--cod=keras'], 'Did you mean --code?']
  ])('%j is a usage error', async (args, message) => {
    const {status, stderr} = await run(args)
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })

  it('documents every flag in --help', async () => {
    const {status, stdout} = await run(['count', '--help'])
    expect(status).toBe(0)
    for (const flag of [
      '--inputs',
      '--units',
      '--outputs',
      '--cell',
      '--framework',
      '--bidirectional',
      '--merge',
      '--decoder-inputs',
      '--decoder-units',
      '--decoder-vocab',
      '--bias',
      '--reset-after',
      '--proj-size',
      '--vocab',
      '--return-sequences',
      '--timesteps',
      '--json',
      '--code'
    ]) {
      expect(stdout).toContain(flag)
    }
  })

  it("counts TensorFlow's text classifier with its dense head, row by row", async () => {
    const {status, stdout} = await run([
      'count',
      '--vocab=1000',
      '--inputs=64',
      '--units=64',
      '--cell=lstm',
      '--bidirectional',
      '--outputs=64,1'
    ])
    expect(status).toBe(0)
    // Grouped by part (render/part-sums.ts): each part's subtotal, the total as their sum.
    expect(stdout).toMatch(/dense layers: 8,192 \+ 64 \+ 64 \+ 1 = 8,321/)
    expect(stdout).toMatch(/total: 64,000 \+ 66,048 \+ 8,321 = 138,369/)
    expect(stdout).toMatch(/dense \(Dense\)\s+\(None, 64\)\s+8,256/)
    expect(stdout).toMatch(/dense_1 \(Dense\)\s+\(None, 1\)\s+65/)
    expect(stdout.trimEnd().endsWith('138,369 parameters')).toBe(true)
  })

  it('lists an encoder–decoder’s layers, with parts and state shapes, in --json', async () => {
    const {status, stdout} = await run([
      'count',
      '--inputs=4',
      '--units=5',
      '--cell=lstm',
      '--decoder-inputs=3',
      '--decoder-vocab=20',
      '--outputs=20',
      '--json'
    ])
    expect(status).toBe(0)
    const json = JSON.parse(stdout) as {
      groups: Record<string, number>
      terms: Array<{id: string; part: string}>
      layers: Array<{name: string; type: string; params: number; stateShapes?: unknown}>
    }
    expect(json.layers.map(({name, type, params}) => [name, type, params])).toEqual([
      // Keras lists a functional model's layers deepest first.
      ['input_layer_1', 'InputLayer', 0],
      ['input_layer', 'InputLayer', 0],
      ['embedding', 'Embedding', 60],
      ['lstm', 'LSTM', 200],
      ['lstm_1', 'LSTM', 180],
      ['dense', 'Dense', 120]
    ])
    expect(json.layers[3]?.stateShapes).toEqual([
      [null, 5],
      [null, 5]
    ])
    expect(json.groups).toMatchObject({
      encoder: 200,
      decoder: 180,
      'decoder-embedding': 60,
      head: 120
    })
    expect(json.terms[0]).toMatchObject({id: 'decoder.embedding-weights', part: 'embedding'})
    const torch = await run([
      'count',
      '--inputs=4',
      '--units=5',
      '--decoder-inputs=3',
      '--outputs=8,20',
      '--framework=pytorch',
      '--json'
    ])
    const modules = (JSON.parse(torch.stdout) as {layers: Array<{name: string}>}).layers
    expect(modules.map(({name}) => name)).toEqual(['encoder.rnn', 'decoder.rnn', 'dense', 'output'])
  })

  it.each([
    [['--outputs=64,,1'], '--outputs has an empty entry'],
    [['--outputs=0,3'], 'write --outputs=0 alone for no dense layer'],
    [['--bidirectional', '--merge=max'], 'Did you mean `concat`'],
    [['--merge=sum'], 'add --bidirectional or drop --merge'],
    [['--decoder-units=5'], 'needs --decoder-inputs too'],
    [['--decoder-inputs=3', '--decoder-units=6'], "encoder layer 1's final state, which is 5 wide"]
  ])('refuses %j with a message naming the flag', async (flags, message) => {
    const {status, stderr} = await run(['count', '--inputs=4', '--units=5', ...flags])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })
})
