import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

describe('remark-rnn count', () => {
  it('prints the worked table of the seed example', () => {
    const {status, stdout} = runCli(['count', '--inputs=4', '--units=5', '--outputs=3'])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Parameters\s+Keras tensor \[shape\]\s+In × out\s+Formula\s+Count$/m)
    expect(stdout).toMatch(/input weights\s+kernel \[4, 5\]\s+4 × 5\s+n·h = 4·5\s+20/)
    expect(stdout).toMatch(/total\s+20 \+ \(25 \+ 5\) \+ \(15 \+ 3\)\s+68/)
    expect(stdout.trimEnd().endsWith('68 parameters')).toBe(true)
  })

  it('shows PyTorch tensors as PyTorch stores them, and the total with the table’s separators', () => {
    const {status, stdout} = runCli(['count', '--inputs=10', '--units=20', '--cell=lstm', '--framework=pytorch', '--outputs=3'])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Parameters\s+PyTorch tensor \[shape\]\s+In × out/m)
    expect(stdout).toMatch(/input weights\s+weight_ih_l0 \[80, 10\]\s+10 × 80\s+4·n·h = 4·10·20\s+800/)
    expect(stdout).toMatch(/input bias\s+bias_ih_l0 \[80\]\s+1 × 80/)
    expect(stdout).toMatch(/total\s+800 \+ \(1,600 \+ 80 \+ 80\) \+ \(60 \+ 3\)\s+2,623/)
    expect(stdout.trimEnd().endsWith('\n2,623 parameters')).toBe(true)
  })

  it('fits an 80-column terminal, listing the terms when a table would be wider', () => {
    const narrow = runCli(['count', '--inputs=4', '--units=5', '--outputs=3']).stdout
    const wide = runCli(['count', '--inputs=10', '--units=20,20', '--cell=lstm', '--framework=pytorch', '--bidirectional', '--outputs=3']).stdout
    for (const output of [narrow, wide]) {
      for (const line of output.split('\n')) expect([...line].length).toBeLessThanOrEqual(80)
    }

    expect(narrow).toContain('─────')
    expect(wide).toContain('input weights (layer 2, backward)\n  weight_ih_l1_reverse [80, 40]  (40 × 80)\n  4·2·h₁·h₂ = 4·2·20·20 = 3,200')
    // A stack's subtotal shows its sum, one summand per layer.
    expect(wide).toContain('recurrent parameters: 3,520 + 3,520 = 7,040')
    expect(wide.trimEnd().endsWith('15,163 parameters')).toBe(true)
  })

  it('reads `--inputs 4` like `--inputs=4`, and a switch followed by true or false', () => {
    const spaced = runCli(['count', '--inputs', '4', '--units', '5', '--outputs', '3', '--bidirectional', 'false', '--json'])
    expect(spaced.status).toBe(0)
    expect((JSON.parse(spaced.stdout) as {total: number}).total).toBe(68)
    expect((JSON.parse(runCli(['count', '--inputs', '4', '--units', '5', '--bidirectional', '--json']).stdout) as {total: number}).total).toBe(100)
  })

  it('prints the breakdown as JSON with total and groups', () => {
    const {status, stdout} = runCli(['count', '--inputs=3', '--units=4', '--json'])
    expect(status).toBe(0)
    const breakdown = JSON.parse(stdout) as {total: number; groups: Record<string, number>; terms: unknown[]}
    expect(breakdown.total).toBe(32)
    expect(breakdown.groups).toEqual({input: 12, recurrent: 20, output: 0, rnn: 32, total: 32})
    expect(breakdown.terms).toHaveLength(3)
  })

  it('takes every description flag, a bare --bidirectional meaning true', () => {
    const {stdout} = runCli([
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
    const gru = runCli(['count', '--inputs=4', '--units=5', '--cell=gru', '--reset-after=false', '--json'])
    expect((JSON.parse(gru.stdout) as {total: number}).total).toBe(3 * (20 + 25 + 5))
  })

  it.each([
    [['count', '--inputs=4', '--unit=5'], 'Unknown flag --unit. Did you mean --units?'],
    [['count', '--inputs=4', '--units=0'], '--units must be at least 1, not 0.'],
    [['count', '--units=5'], 'Missing --inputs: say how many input features the network has, such as --inputs=4.'],
    [['count', '--inputs=4', '--units=5', '--reset-after=false'], '--reset-after only applies to --cell=gru, not --cell=rnn.'],
    [['count', '--units=5', '--cell=lstmm'], 'Did you mean `lstm`?'],
    [['count', 'lesson.md'], 'count takes flags only, such as --inputs=4 --units=5, not `lesson.md`.'],
    [['frobnicate'], 'unknown command `frobnicate`']
  ])('%j exits 2 with a message on stderr', (args, message) => {
    const {status, stdout, stderr} = runCli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  it('documents every flag in --help', () => {
    const {status, stdout} = runCli(['count', '--help'])
    expect(status).toBe(0)
    for (const flag of ['--inputs', '--units', '--outputs', '--cell', '--framework', '--bidirectional', '--bias', '--reset-after', '--proj-size', '--json']) {
      expect(stdout).toContain(flag)
    }
  })
})
