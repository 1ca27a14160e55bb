// `remark-rnn count model.py` against `count --inputs=…` in a fresh process
// each: reading a PyTorch model file (the Python parser is loaded only then)
// must start within 1.2× of counting a network given by flags.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {median} from './measure.js'

const model = `import torch.nn as nn
class Net(nn.Module):
    def __init__(self, vocab=5000, hidden=256):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)
model = Net()
`

export function countCodeStart({quick}) {
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-count-code-'))
  const file = join(folder, 'model.py')
  writeFileSync(file, model)
  const timed = (args) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, [cli, 'count', ...args], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`count ${args.join(' ')} failed: ${result.stderr}`)
    return performance.now() - start
  }
  const code = []
  const flags = []
  // Alternating the two, so a busy machine slows both alike.
  for (let run = 0; run < (quick ? 5 : 15); run++) {
    code.push(timed([file]))
    flags.push(
      timed(['--inputs=256', '--units=256,256', '--cell=lstm', '--vocab=5000', '--outputs=5000'])
    )
  }
  rmSync(folder, {recursive: true, force: true})
  return {code: median(code), flags: median(flags)}
}
