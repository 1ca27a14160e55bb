import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {requireDebianTool} from '../helpers/debian.js'
import {cliPath} from '../helpers/run-cli.js'
import {problemPage} from './fixtures.js'

// One real editor end to end: Debian's Neovim, headless, its built-in LSP
// client running the built `remark-rnn lsp --stdio` on a temporary page.

/** Debian's Neovim, whose built-in LSP client is the editor here. */
const neovimPath = '/usr/bin/nvim'

describe.runIf(
  requireDebianTool('nvim', 'neovim', {
    probe: () => existsSync(neovimPath),
    skips: 'the Neovim end-to-end test of the language server'
  })
)('Neovim’s built-in LSP client', () => {
  it('shows the diagnostics at the text at fault, hovers, applies a quick fix and re-checks', () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-nvim-'))
    const page = join(folder, 'lesson.md')
    const result = join(folder, 'result.json')
    writeFileSync(page, problemPage)
    const run = spawnSync(
      neovimPath,
      [
        '--headless',
        '--clean',
        '-c',
        `luafile ${fileURLToPath(new URL('neovim/client.lua', import.meta.url))}`
      ],
      {
        encoding: 'utf8',
        timeout: 90_000,
        env: {...process.env, PAGE: page, RESULT: result, NODE: process.execPath, CLI: cliPath}
      }
    )
    expect(run.error).toBeUndefined()
    const seen = JSON.parse(readFileSync(result, 'utf8')) as {
      waited: boolean
      opened: Array<{
        line: number
        col: number
        end_col: number
        code: string
        source: string
        severity: number
      }>
      action: string
      fixed_line: string
      hover: string
      rewaited: boolean
      edited: Array<{code: string}>
    }
    expect(seen.waited).toBe(true)
    expect(seen.opened.map((d) => [d.code, d.source, d.severity])).toEqual([
      ['unknown-attribute', 'remark-rnn', 1],
      ['wrong-number', 'remark-rnn', 1],
      ['wrong-key', 'remark-rnn', 1]
    ])
    // Each at the text at fault: the attribute name, the stated number, the key.
    const lines = problemPage.split('\n')
    expect(seen.opened.map((d) => lines[d.line]?.slice(d.col, d.end_col))).toEqual([
      'unit',
      '67',
      'A'
    ])
    expect(seen.opened.map((d) => d.line)).toEqual([2, 5, 7])
    expect(seen.hover).toContain('`total = 20 + 30 + 18 = 68`')
    expect(seen.action).toBe('Replace `unit` with `units`')
    expect(seen.fixed_line).toBe(':::rnn{inputs=4 units=5 outputs=3}')
    expect(seen.rewaited).toBe(true)
    expect(seen.edited.map((d) => d.code)).toEqual(['wrong-number', 'wrong-key'])
  })
})
