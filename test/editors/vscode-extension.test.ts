import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// The VS Code extension under editors/vscode is built as CI builds it (its
// own build script, and tsc against VS Code's API types), and the file it
// produces is loaded outside VS Code. VS Code itself is never downloaded.

const folder = fileURLToPath(new URL('../../editors/vscode/', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))
const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
  main: string
  engines: {vscode: string}
  dependencies: Record<string, string>
  activationEvents: string[]
  contributes: {configuration: {properties: Record<string, unknown>}}
}

describe('the VS Code extension (editors/vscode)', () => {
  it('type-checks against the VS Code API', () => {
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(folder, 'tsconfig.json')],
      {encoding: 'utf8'}
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  it('builds one CommonJS file that loads with only vscode and Node built-ins and exports activate and deactivate', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'remark-rnn-vscode-')), 'extension.js')
    const build = spawnSync(process.execPath, [join(folder, 'build.mjs'), out], {encoding: 'utf8'})
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    expect(existsSync(out)).toBe(true)
    const loaded = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('vscode-stub.cjs', import.meta.url)), out],
      {encoding: 'utf8'}
    )
    expect(loaded.stderr).toBe('')
    const result = JSON.parse(loaded.stdout) as {
      activate: string
      deactivate: string
      requests: string[]
    }
    expect(result).toMatchObject({activate: 'function', deactivate: 'function'})
    const builtins = new Set(builtinModules)
    const outside = result.requests.filter(
      (request) => request !== 'vscode' && !builtins.has(request.replace(/^node:/, ''))
    )
    expect(outside).toEqual([])
  })

  it('declares what VS Code reads: entry, engine, activation, and the server’s settings', () => {
    expect(pkg.main).toBe('./dist/extension.js')
    expect(pkg.engines.vscode).toMatch(/^\^1\.\d+/)
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:mdx'])
    expect(Object.keys(pkg.dependencies)).toEqual(['vscode-languageclient'])
    const settings = Object.keys(pkg.contributes.configuration.properties)
    // Each of the server's option settings (src/lsp/analyse-page.ts), but `show`, which is per directive.
    for (const name of ['framework', 'locale', 'strict', 'seed', 'thousandsSeparator'])
      expect(settings).toContain(`remark-rnn.${name}`)
  })
})
