import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {countParameters, frameworkLayers} from '../../src/core/index.js'
import {pythonWith, requireDebianTool} from '../helpers/debian.js'
import type {NetCase} from '../helpers/random-nets.js'
import {attributesOf, randomDenseNetworks, randomEncoderDecoders} from '../helpers/random-nets.js'

// Dense heads and encoder–decoders built by Debian's python3-torch
// (test/pytorch/networks.py, all networks in one process): the total, every
// module's path, type, count, tensors and output shape, and the whole model's
// named_parameters() as `${module}.${tensor}` in order.

const script = new URL('../pytorch/networks.py', import.meta.url).pathname
const python = pythonWith('torch')

interface Measured {
  total: number
  parameters: string[]
  modules: unknown[]
}

describe.runIf(
  requireDebianTool('python3 with torch', 'python3-torch', {
    probe: () => python !== undefined,
    skips: 'the PyTorch networks'
  })
)('dense heads and encoder–decoders, against PyTorch', () => {
  const work = mkdtempSync(join(tmpdir(), 'remark-rnn-torch-'))
  afterAll(() => rmSync(work, {recursive: true, force: true}))
  const cases: NetCase[] = [
    ...randomDenseNetworks('pytorch', 60, 20261203),
    ...randomEncoderDecoders('pytorch', 60, 20261204)
  ]
  let measured: Measured[] = []

  it('builds 120 networks in one PyTorch process', () => {
    expect(cases.some((c) => c.projSize !== undefined && c.decoder !== null)).toBe(true)
    const input = join(work, 'cases.json')
    writeFileSync(input, JSON.stringify(cases))
    const run = spawnSync(python ?? 'python3', [script, input], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    expect(run.stderr).toBe('')
    measured = JSON.parse(run.stdout) as Measured[]
    expect(measured).toHaveLength(cases.length)
  })

  it.each(cases.map((c, index) => [JSON.stringify(attributesOf(c)), c, index] as const))(
    '%s',
    (_, c, index) => {
      const torch = measured[index]
      expect(torch, 'measured by PyTorch').toBeDefined()
      const breakdown = countParameters(attributesOf(c))
      const layers = frameworkLayers(breakdown)
      expect(breakdown.total).toBe(torch?.total)
      expect(layers).toEqual(torch?.modules)
      expect(
        layers.flatMap((layer) => layer.tensors.map((tensor) => `${layer.name}.${tensor.name}`))
      ).toEqual(torch?.parameters)
    }
  )
})
