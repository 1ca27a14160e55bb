// What `remark-rnn count` loads (docs/startup.md): a fresh process per
// command, whose start is mostly loading code. The flags path loads no
// Python grammar; a model file adds the grammar and nothing else; neither
// loads unified nor node:v8 (which only `pandoc` needs, baseline-tier.ts).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {cliPath} from '../helpers/run-cli.js'

const preload = fileURLToPath(new URL('../helpers/loaded-modules.mjs', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-start-loads-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const model = join(folder, 'model.py')
writeFileSync(
  model,
  `import torch.nn as nn
model = nn.Sequential(nn.Embedding(100, 8), nn.LSTM(8, 16))
`
)

/** The modules `remark-rnn …` loads (the preload's own left out), and its output. */
function loads(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', preload, cliPath, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe']
  })
  const urls = String(result.output[3])
    .split('\n')
    .filter((url) => url && !url.includes('/test/helpers/loaded-modules'))
  return {status: result.status, stdout: result.stdout, urls}
}

const grammar = (url: string) => url.endsWith('/dist/cli/chunks/python-grammar.cjs')

describe('what remark-rnn count loads', () => {
  const byFlags = loads([
    'count',
    '--inputs=8',
    '--units=16',
    '--cell=lstm',
    '--vocab=100',
    '--framework=pytorch'
  ])
  const byFile = loads(['count', model])

  it('counts the same network both ways (the comparison below is like for like)', () => {
    expect(byFlags.status).toBe(0)
    expect(byFile.status).toBe(0)
    expect(byFlags.stdout).toContain('2,464 parameters')
    expect(byFile.stdout).toContain('2,464')
  })

  it('sees the files and built-in modules a command loads', () => {
    for (const {urls} of [byFlags, byFile]) {
      expect(urls.some((url) => url.endsWith('/dist/cli/main.js'))).toBe(true)
      expect(urls).toContain('node:fs')
    }
  })

  it('loads no Python grammar for flags, and only the grammar more for a model file', () => {
    expect(byFlags.urls.filter(grammar)).toEqual([])
    expect(byFile.urls.filter(grammar)).toHaveLength(1)
    const flagsLoad = new Set(byFlags.urls)
    const fileLoads = new Set(byFile.urls)
    expect(byFile.urls.filter((url) => !flagsLoad.has(url))).toEqual(byFile.urls.filter(grammar))
    expect(byFlags.urls.filter((url) => !fileLoads.has(url))).toEqual([])
  })

  it('loads neither unified nor node:v8', () => {
    for (const {urls} of [byFlags, byFile]) {
      expect(urls.filter((url) => url.includes('/node_modules/unified/'))).toEqual([])
      expect(urls).not.toContain('node:v8')
    }
  })
})
