import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {compileFunction} from 'node:vm'
import {brotliDecompressSync} from 'node:zlib'

/**
 * The language server's protocol library (vscode-languageserver and its
 * document model) as the CLI bundle ships it: one CommonJS file, minified and
 * Brotli-compressed at build time (scripts/build.js), since every install of
 * the plugin carries the command and most never start the server. Read,
 * decompressed and run here, once, when `remark-rnn lsp` starts. It
 * requires only Node's built-in modules.
 */
export function loadLspLibrary(path: string): Record<string, unknown> {
  const code = brotliDecompressSync(readFileSync(path)).toString('utf8')
  const module = {exports: {} as Record<string, unknown>}
  const run = compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: path
  })
  run(module.exports, createRequire(path), module, path, dirname(path))
  return module.exports
}
