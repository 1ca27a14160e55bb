import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// PyTorch's print(model), pasted as text. This one was printed by PyTorch
// 1.13 for a model whose parameters() count 5182, 3 of them an nn.Parameter
// that print(model) does not show.
const printed = `M(
  (encoder): E(
    (embedding): Embedding(100, 8, padding_idx=0)
    (rnn): LSTM(8, 16, proj_size=4, num_layers=2, batch_first=True, bidirectional=True)
  )
  (layers): ModuleList(
    (0): Linear(in_features=4, out_features=4, bias=True)
    (1): Linear(in_features=4, out_features=4, bias=True)
    (2): Linear(in_features=4, out_features=4, bias=True)
  )
  (seq): Sequential(
    (0): Conv1d(3, 8, kernel_size=(3,), stride=(1,))
    (1): ReLU()
    (2): BatchNorm1d(8, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
  )
  (norm): LayerNorm((16,), eps=1e-05, elementwise_affine=True)
  (mha): MultiheadAttention(
    (out_proj): NonDynamicallyQuantizableLinear(in_features=8, out_features=8, bias=True)
  )
  (d): ModuleDict(
    (a): GRU(2, 3)
  )
)
`

describe('print(model) pasted as text', () => {
  it('counts every printed module as PyTorch does', () => {
    const analysis = readModelCode(printed)
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
    expect(analysis.breakdown.total).toBe(5182 - 3)
    expect(analysis.breakdown.layers.map((layer) => layer.name)).toEqual([
      'encoder.embedding',
      'encoder.rnn',
      'layers.0',
      'layers.1',
      'layers.2',
      'seq.0',
      'seq.1',
      'seq.2',
      'norm',
      'mha',
      'd.a'
    ])
  })

  it("reads PyTorch 2's repeated modules", () => {
    const analysis = readModelCode(
      'Net(\n  (layers): ModuleList(\n    (0-2): 3 x Linear(in_features=4, out_features=2, bias=False)\n  )\n)\n'
    )
    expect(analysis.ok && analysis.breakdown.terms.map((term) => term.id)).toEqual([
      'layers.0.weight',
      'layers.1.weight',
      'layers.2.weight'
    ])
  })

  it('places problems in the pasted text', () => {
    const text =
      'Net(\n  (a): Linear(in_features=4, out_features=2, bias=True)\n  (b): Transformer(d_model=4)\n)\n'
    const analysis = readModelCode(text)
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    const [problem] = analysis.problems
    expect(problem?.ruleId).toBe('unknown-layer')
    expect(text.slice(problem?.from, problem?.to)).toBe('Transformer')
  })

  it('refuses repeated blocks it cannot see into, at their text', () => {
    const text =
      'Net(\n  (blocks): ModuleList(\n    (0-5): 6 x Block(\n      (fc): Linear(in_features=4, out_features=4, bias=True)\n    )\n  )\n)\n'
    const analysis = readModelCode(text)
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    expect(analysis.problems[0]?.ruleId).toBe('unsupported-code')
    expect(text.slice(analysis.problems[0]?.from, analysis.problems[0]?.to)).toBe('Block')
  })

  it('an attention layer at the root or without its out_proj, and stray brackets', () => {
    const root = readModelCode(
      'MultiheadAttention(\n  (out_proj): NonDynamicallyQuantizableLinear(in_features=4, out_features=4, bias=False)\n)\n)\n'
    )
    expect(root.ok && root.breakdown.total).toBe(3 * 16 + 16)
    const bare = readModelCode(
      'Net(\n  (mha): MultiheadAttention(\n  )\n  (fc): Linear(in_features=2, out_features=1, bias=True)\n)\n'
    )
    expect(bare.ok && bare.breakdown.total).toBe(3)
  })

  it('a size the text does not give is asked for at it', () => {
    const text = 'Net(\n  (fc): Linear(in_features=n, out_features=1, bias=True)\n)\n'
    const analysis = readModelCode(text)
    expect(
      analysis.ok ? '' : text.slice(analysis.problems[0]?.from, analysis.problems[0]?.to)
    ).toBe('n')
  })
})
