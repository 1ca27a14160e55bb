import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CodeBreakdown} from '../../../src/core/code/index.js'
import {readModelCode} from '../../../src/core/code/index.js'
import {pythonWith, requireDebianTool} from '../../helpers/debian.js'
import {randomTorchPrograms} from '../../helpers/random-torch-programs.js'

// Random PyTorch programs (every torch.nn layer spec, helper modules,
// constants, defaults, frozen parts, tied weights), read by the code reader
// and built by PyTorch itself in one python3 process (test/python/run_models.py).

interface TorchResult {
  parameters?: Array<[string, number[], boolean]>
  modules?: Record<string, number>
  error?: string
}

const torchPython = pythonWith('torch')
const work = mkdtempSync(join(tmpdir(), 'remark-rnn-code-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Build every program in PyTorch, in one process. */
function runInTorch(sources: readonly string[]): TorchResult[] {
  const input = join(work, 'programs.json')
  writeFileSync(input, JSON.stringify(sources))
  const script = new URL('../../python/run_models.py', import.meta.url).pathname
  const run = spawnSync(torchPython ?? 'python3', [script, input], {
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

/** Each module's count from the breakdown: the tensors under its path. */
function moduleCounts(breakdown: CodeBreakdown, names: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      breakdown.terms
        .filter((term) => name === '' || term.id.startsWith(`${name}.`))
        .reduce((sum, term) => sum + term.count, 0)
    ])
  )
}

const programs = randomTorchPrograms(320, 2026)

describe.runIf(
  requireDebianTool('python3 with torch', 'python3-torch', {
    probe: () => torchPython !== undefined,
    skips: 'the PyTorch code-reader comparisons'
  })
)('PyTorch code, read and counted as PyTorch builds it', () => {
  const results = runInTorch(programs.map((program) => program.code))

  it('covers ties, frozen parts and every layer spec', () => {
    const all = programs.map((program) => program.code).join('\n')
    for (const name of [
      'Embedding',
      'LSTM(',
      'GRUCell',
      'Conv2d',
      'BatchNorm1d',
      'LayerNorm',
      'MultiheadAttention',
      'LazyLinear',
      'ModuleList',
      'ModuleDict',
      'Parameter',
      'proj_size',
      'kdim'
    ])
      expect(all).toContain(name)
    expect(programs.filter((program) => program.tied).length).toBeGreaterThan(30)
  })

  it.each(programs.map((program, index) => [index, program] as const))(
    'program %i',
    (index, program) => {
      const torch = results[index] as TorchResult
      expect(torch.error).toBeUndefined()
      const analysis = readModelCode(program.code)
      if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems) + '\n' + program.code)
      const {breakdown} = analysis
      const parameters = torch.parameters ?? []
      expect(breakdown.terms.map((term) => [term.id, [...term.shape], term.trainable])).toEqual(
        parameters
      )
      const total = parameters.reduce((sum, [, shape]) => sum + shape.reduce((a, b) => a * b, 1), 0)
      expect(breakdown.total).toBe(total)
      const trainable = parameters
        .filter(([, , grad]) => grad)
        .reduce((sum, [, shape]) => sum + shape.reduce((a, b) => a * b, 1), 0)
      expect(breakdown.trainable).toBe(trainable)
      if (!program.tied) {
        const modules = torch.modules ?? {}
        expect(moduleCounts(breakdown, Object.keys(modules))).toEqual(modules)
      }
    }
  )
})
