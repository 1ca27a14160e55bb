// The language server and the CLI share the page reader from below
// (src/pipeline), so neither imports the other's internals: the CLI starts
// the server (its `lsp` command), and the server imports nothing of the CLI.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const folder = (name: string) => new URL(`../../src/${name}/`, import.meta.url)

function importsOf(name: string): Array<[file: string, specifier: string]> {
  return readdirSync(folder(name))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(new URL(file, folder(name)), 'utf8').matchAll(/from '([^']+)'/g)].map(
        ([, specifier]): [string, string] => [file, specifier ?? '']
      )
    )
}

describe('lsp and cli', () => {
  it('the server imports nothing of the CLI, and the CLI only starts the server', () => {
    expect(importsOf('lsp').filter(([, specifier]) => specifier.startsWith('../cli/'))).toEqual([])
    expect(
      importsOf('cli')
        .filter(([, specifier]) => specifier.startsWith('../lsp/'))
        .map(([file, specifier]) => `${file} → ${specifier}`)
    ).toEqual(['lsp-command.ts → ../lsp/server.js'])
  })

  it('both read pages with the one page reader', () => {
    expect(importsOf('lsp')).toContainEqual(['analyse-page.ts', '../pipeline/page-parser.js'])
    expect(importsOf('cli')).toContainEqual(['check-pages.ts', '../pipeline/page-parser.js'])
  })
})
