import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

describe('remark-rnn count', () => {
  it('prints the worked table of the seed example', () => {
    const {status, stdout} = runCli(['count', '--inputs=4', '--units=5', '--outputs=3'])
    expect(status).toBe(0)
    expect(stdout).toMatch(/input weights\s+kernel\s+4 × 5\s+n·h = 4·5\s+20/)
    expect(stdout).toMatch(/total\s+20 \+ \(25 \+ 5\) \+ \(15 \+ 3\)\s+68/)
    expect(stdout.trimEnd().endsWith('68 parameters')).toBe(true)
  })

  it('prints the breakdown as JSON with total and groups', () => {
    const {status, stdout} = runCli(['count', '--inputs=3', '--units=4', '--json'])
    expect(status).toBe(0)
    const breakdown = JSON.parse(stdout) as {total: number; groups: Record<string, number>; terms: unknown[]}
    expect(breakdown.total).toBe(32)
    expect(breakdown.groups).toEqual({embedding: 0, input: 12, recurrent: 20, output: 0, rnn: 32, total: 32})
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
    [['count', '--inputs=4', '--units=0'], '`units` must be at least 1, not 0.'],
    [['count', '--units=5', '--cell=lstmm'], 'Did you mean `lstm`?'],
    [['count', 'lesson.md'], 'count takes flags only'],
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
