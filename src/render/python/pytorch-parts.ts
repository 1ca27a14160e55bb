import type {TorchModule, TorchStack} from '../../core/framework/pytorch-modules.js'
import {moduleWidth} from '../../core/framework/pytorch-modules.js'
import type {Breakdown} from '../../core/index.js'
import {pythonCall} from './python-call.js'

/** The modules of one recurrent stack: their `self.… = nn.LSTM(…)` lines, names and the width the last hands on. */
export interface StackModules {
  readonly lines: readonly string[]
  readonly names: readonly string[]
  readonly width: number
}

/** `self.lstm = nn.LSTM(4, 5, num_layers=2, batch_first=True)`: a module as its call makes it. */
const moduleLine = (module: TorchModule, extra: readonly string[] = []) =>
  `self.${module.name} = ${pythonCall('nn.', {...module.call, form: module.form}, extra)}`

/**
 * A stack's `self.embedding = nn.Embedding(…)` line, and one
 * `self.lstm = nn.LSTM(…)` line per recurrent module (`batch_first=True`).
 */
export function stackModules(stack: TorchStack): StackModules {
  const {embedding, recurrent} = stack
  return {
    lines: [
      ...(embedding === undefined ? [] : [moduleLine(embedding)]),
      ...recurrent.map((module) => moduleLine(module, ['batch_first=True']))
    ],
    names: recurrent.map((module) => module.name),
    width: moduleWidth(recurrent.at(-1) as TorchModule)
  }
}

/** The dense layers: `self.dense = nn.Linear(…)` lines and the forward lines that apply them (ReLU between). */
export function headLines(head: readonly TorchModule[]): {
  readonly init: string[]
  readonly forward: string[]
} {
  const names = head.map((module) => module.name)
  return {
    init: head.map((module) => moduleLine(module)),
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
