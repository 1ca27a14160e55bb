import type {NetworkDescription} from '../description.js'

/** Consecutive recurrent layers of equal width: one PyTorch module with `num_layers`. */
export interface RecurrentRun {
  /** 1-based number of the run's first layer in the whole stack. */
  readonly firstLayer: number
  readonly units: number
  readonly layers: number
}

/** Split a stack's widths into runs of equal widths: `64,64,32` → `[64 × 2, 32 × 1]`. */
export function runsOf(widths: readonly number[]): RecurrentRun[] {
  const runs: RecurrentRun[] = []
  for (const [index, units] of widths.entries()) {
    const last = runs.at(-1)
    if (last !== undefined && last.units === units) {
      runs[runs.length - 1] = {...last, layers: last.layers + 1}
    } else {
      runs.push({firstLayer: index + 1, units, layers: 1})
    }
  }

  return runs
}

/** `lstm` for a single run, `lstm1`, `lstm2` … when there are several. */
export function runModuleName(
  description: NetworkDescription,
  runIndex: number,
  runCount: number
): string {
  return runCount === 1 ? description.cell : `${description.cell}${runIndex + 1}`
}
