import {handedOnWidth} from '../../core/framework/framework-layer.js'
import {headModuleNames, pytorchModulesOfCell} from '../../core/framework/pytorch-modules.js'
import {recurrentRuns, runModuleName} from '../../core/framework/recurrent-runs.js'
import type {Breakdown} from '../../core/index.js'

/** `self.lstm = nn.LSTM(…)` lines: one module per run of equal widths. */
function recurrentModules(breakdown: Breakdown): {lines: string[]; names: string[]; width: number} {
  const d = breakdown.description
  const runs = recurrentRuns(d)
  const lines: string[] = []
  const names: string[] = []
  let width = d.inputs
  for (const [index, run] of runs.entries()) {
    const name = runModuleName(d, index, runs.length)
    const options = [String(width), String(run.units)]
    if (run.layers > 1) options.push(`num_layers=${run.layers}`)
    if (!d.bias) options.push('bias=False')
    if (d.bidirectional) options.push('bidirectional=True')
    if (d.projSize > 0) options.push(`proj_size=${d.projSize}`)
    options.push('batch_first=True')
    lines.push(`self.${name} = nn.${pytorchModulesOfCell[d.cell]}(${options.join(', ')})`)
    names.push(name)
    width = handedOnWidth(breakdown, run.units)
  }

  return {lines, names, width}
}

/**
 * The last step as Keras's `return_sequences=False` gives it: the forward
 * direction's last step, and the backward direction's, which ends at step 0.
 */
function lastStep(breakdown: Breakdown, width: number): string[] {
  if (!breakdown.description.bidirectional) return ['x = x[:, -1]']
  const half = width / 2
  return [
    `x = torch.cat([x[:, -1, :${half}], x[:, 0, ${half}:]], dim=-1)  # each direction's last step`
  ]
}

/**
 * A PyTorch script with an `nn.Module` that builds exactly this network
 * (`batch_first=True`) and prints its parameter count.
 */
export function pytorchCode(breakdown: Breakdown): string {
  const d = breakdown.description
  const recurrent = recurrentModules(breakdown)
  const head = headModuleNames(d.outputs.length)
  const fanIns = [recurrent.width, ...d.outputs]
  const init = [
    ...(d.vocab > 0 ? [`self.embedding = nn.Embedding(${d.vocab}, ${d.inputs})`] : []),
    ...recurrent.lines,
    ...d.outputs.map(
      (nodes, index) => `self.${head[index]} = nn.Linear(${fanIns[index]}, ${nodes})`
    )
  ]
  const forward = [
    ...(d.vocab > 0 ? ['x = self.embedding(x)'] : []),
    ...recurrent.names.map((name) => `x, _ = self.${name}(x)`),
    ...(d.returnSequences ? [] : lastStep(breakdown, recurrent.width)),
    ...head.slice(0, -1).map((name) => `x = self.${name}(x)`),
    head.length > 0 ? `return self.${head.at(-1)}(x)` : 'return x'
  ]
  return [
    'import torch',
    'from torch import nn',
    '',
    '',
    'class Network(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...init.map((line) => `        ${line}`),
    '',
    '    def forward(self, x):',
    ...forward.map((line) => `        ${line}`),
    '',
    '',
    'model = Network()',
    `# Expected: ${breakdown.total} parameters`,
    'print(sum(p.numel() for p in model.parameters()))'
  ].join('\n')
}
