// `remark-rnn count model.py` against `count --inputs=…` in a fresh process
// each: reading a PyTorch model file (the Python parser is loaded only then)
// must start within 1.2× of counting the same network given by flags.
// Runnable alone: `node bench/count-code.js [--quick]` after `npm run build`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {median, quantile} from './measure.js'

const model = `import torch.nn as nn
class Net(nn.Module):
    def __init__(self, vocab=5000, hidden=256):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)
model = Net()
`

/** The same network as flags (PyTorch's, as the file is: two bias vectors per gate). */
const flags = [
  '--inputs=256',
  '--units=256,256',
  '--cell=lstm',
  '--vocab=5000',
  '--outputs=5000',
  '--framework=pytorch'
]

/** Paired rounds of one measure: the two sides back to back, the order swapped every round. */
function pairedRounds(rounds, measure) {
  const pairs = []
  // One unmeasured round first: the files' first read from disk.
  for (let round = -1; round < rounds; round++) {
    const pair = []
    if (round % 2 === 0) pair[1] = measure('flags')
    pair[0] = measure('code')
    pair[1] ??= measure('flags')
    if (round >= 0) pairs.push(pair)
  }
  const ratios = pairs.map(([code, byFlags]) => code / byFlags)
  return {
    code: median(pairs.map((pair) => pair[0])),
    flags: median(pairs.map((pair) => pair[1])),
    ratio: median(ratios),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)]
  }
}

/**
 * The wall time a user waits for each command. On a machine others use,
 * one long series of each side mostly measures the neighbours: so paired
 * rounds, and the median of the per-round ratios, each taken under the same
 * load. And the same in the main thread's CPU time (bench/cpu-at-exit.cjs),
 * which a busy machine inflates far less: when the two ratios differ, the
 * machine was busy.
 */
export function countCodeStart({quick}) {
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const cpuAtExit = fileURLToPath(new URL('cpu-at-exit.cjs', import.meta.url))
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-count-code-'))
  const file = join(folder, 'model.py')
  writeFileSync(file, model)
  const sides = {code: [file], flags}
  const run = (args, node = []) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, [...node, cli, 'count', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    const wall = performance.now() - start
    if (result.status !== 0) throw new Error(`count ${args.join(' ')} failed: ${result.stderr}`)
    return {wall, cpu: Number(result.output[3]), output: result.stdout}
  }
  try {
    // Both sides count the same network, or the measure compares different work.
    const totals = [sides.code, sides.flags].map(
      (args) => JSON.parse(run([...args, '--json']).output).total
    )
    if (totals[0] !== totals[1])
      throw new Error(`count-code bench: model.py counts ${totals[0]}, the flags ${totals[1]}`)

    const rounds = quick ? 9 : 31
    const wall = pairedRounds(rounds, (side) => run(sides[side]).wall)
    const cpu = pairedRounds(rounds, (side) => run(sides[side], ['--require', cpuAtExit]).cpu)
    return {rounds, ...wall, cpu}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(countCodeStart({quick: process.argv.includes('--quick')}))
}
