import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/index.js'

interface TorchCase {
  inputs: number
  units: number[]
  outputs: number
  cell: 'rnn' | 'lstm' | 'gru'
  bias: boolean
  bidirectional: boolean
  projSize: number
  total: number
  tensors: Array<{module: string; name: string; shape: number[]}>
}

// Written by test/pytorch/generate.py with PyTorch itself; CI only reads it.
const recorded = JSON.parse(
  readFileSync(new URL('../pytorch/counts.json', import.meta.url), 'utf8')
) as {torch: string; cases: TorchCase[]}

describe(`PyTorch ${recorded.torch} conventions`, () => {
  it('has recorded cases for every cell, with and without bias and direction', () => {
    expect(recorded.cases.length).toBeGreaterThan(30)
    expect(new Set(recorded.cases.map((c) => c.cell))).toEqual(new Set(['rnn', 'lstm', 'gru']))
    expect(recorded.cases.some((c) => c.projSize > 0)).toBe(true)
  })

  it.each(
    recorded.cases.map(
      (c) => [JSON.stringify({...c, tensors: undefined, total: undefined}), c] as const
    )
  )('%s', (_, torchCase) => {
    const breakdown = countParameters({
      inputs: torchCase.inputs,
      units: torchCase.units,
      outputs: torchCase.outputs,
      cell: torchCase.cell,
      framework: 'pytorch',
      bias: torchCase.bias,
      bidirectional: torchCase.bidirectional,
      ...(torchCase.projSize > 0 ? {projSize: torchCase.projSize} : {})
    })
    expect(breakdown.total).toBe(torchCase.total)
    // Same tensors, same order, same shapes as named_parameters() reports.
    expect(breakdown.terms.map((term) => [term.tensor.name, term.tensor.shape])).toEqual(
      torchCase.tensors.map((tensor) => [tensor.name, tensor.shape])
    )
  })
})
