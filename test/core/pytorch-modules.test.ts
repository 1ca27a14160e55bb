import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {countParameters, frameworkLayers} from '../../src/core/index.js'
import type {Cell} from '../../src/index.js'

interface ModulesCase {
  inputs: number
  units: number[]
  outputs: number
  cell: Cell
  bias: boolean
  bidirectional: boolean
  projSize: number
  vocab: number
  returnSequences: boolean
  timesteps: number
  total: number
  modules: Array<{
    name: string
    type: string
    outputShape: Array<number | null>
    params: number
    tensors: Array<{name: string; shape: number[]}>
  }>
}

// Written by test/pytorch/generate.py with PyTorch itself (`modules`): every
// module's type, output shape, count and named_parameters().
const recorded = JSON.parse(
  readFileSync(new URL('../pytorch/counts.json', import.meta.url), 'utf8')
) as {torch: string; modules: ModulesCase[]}

describe(`PyTorch ${recorded.torch} module list`, () => {
  it('has recorded networks with embeddings, runs of equal widths and projections', () => {
    expect(recorded.modules.length).toBeGreaterThan(30)
    expect(recorded.modules.some((c) => c.vocab > 0)).toBe(true)
    expect(
      recorded.modules.some((c) =>
        c.modules.some((m) => m.tensors.some((t) => t.name.endsWith('_l1')))
      )
    ).toBe(true)
    expect(recorded.modules.some((c) => c.projSize > 0)).toBe(true)
  })

  it.each(
    recorded.modules.map(
      (c) => [JSON.stringify({...c, modules: undefined, total: undefined}), c] as const
    )
  )('%s', (_, torchCase) => {
    const {modules, total, ...description} = torchCase
    const breakdown = countParameters({...description, framework: 'pytorch'})
    expect(breakdown.total).toBe(total)
    expect(frameworkLayers(breakdown)).toEqual(modules)
  })
})
