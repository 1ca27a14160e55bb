import {headModuleNames, pytorchModulesOfCell} from '../../core/framework/pytorch-modules.js'
import {runModuleName, runsOf} from '../../core/framework/recurrent-runs.js'
import type {Breakdown} from '../../core/index.js'

/** The modules of one recurrent stack: their `self.… = nn.LSTM(…)` lines, names and the width the last hands on. */
export interface StackModules {
  readonly lines: readonly string[]
  readonly names: readonly string[]
  readonly width: number
}

/**
 * `self.lstm = nn.LSTM(…)` lines: one module per run of equal widths of a
 * stack, fed `inputs` wide, each next run the width the previous hands on.
 */
export function stackModules(
  breakdown: Breakdown,
  widths: readonly number[],
  inputs: number,
  bidirectional: boolean,
  handsOn: (units: number) => number
): StackModules {
  const d = breakdown.description
  const runs = runsOf(widths)
  const lines: string[] = []
  const names: string[] = []
  let width = inputs
  for (const [index, run] of runs.entries()) {
    const name = runModuleName(d, index, runs.length)
    const options = [String(width), String(run.units)]
    if (run.layers > 1) options.push(`num_layers=${run.layers}`)
    if (!d.bias) options.push('bias=False')
    if (bidirectional) options.push('bidirectional=True')
    if (d.projSize > 0) options.push(`proj_size=${d.projSize}`)
    options.push('batch_first=True')
    lines.push(`self.${name} = nn.${pytorchModulesOfCell[d.cell]}(${options.join(', ')})`)
    names.push(name)
    width = handsOn(run.units)
  }

  return {lines, names, width}
}

/** The dense layers: `self.dense = nn.Linear(…)` lines and the forward lines that apply them (ReLU between). */
export function headLines(
  breakdown: Breakdown,
  width: number
): {readonly init: string[]; readonly forward: string[]} {
  const {outputs} = breakdown.description
  const names = headModuleNames(outputs.length)
  const fanIns = [width, ...outputs]
  return {
    init: outputs.map(
      (nodes, index) => `self.${names[index]} = nn.Linear(${fanIns[index]}, ${nodes})`
    ),
    forward: [
      ...names.slice(0, -1).map((name) => `x = torch.relu(self.${name}(x))`),
      names.length > 0 ? `return self.${names.at(-1)}(x)` : 'return x'
    ]
  }
}

/** The script's end: build the model and print its count. */
export function countLines(breakdown: Breakdown): string[] {
  return [
    `# Expected: ${breakdown.total} parameters`,
    'print(sum(p.numel() for p in model.parameters()))'
  ]
}

/** Lines of a class body, indented under `def`. */
export const indented = (lines: readonly string[], depth = 2) =>
  lines.map((line) => `${'    '.repeat(depth)}${line}`)
