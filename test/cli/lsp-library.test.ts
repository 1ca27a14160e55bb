import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {brotliCompressSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {loadLspLibrary} from '../../src/cli/lsp-library.js'

describe('the language server library as the bundle ships it (compressed CommonJS)', () => {
  it('runs the decompressed module with its own require, filename and exports', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'remark-rnn-lsp-library-')), 'library.cjs.br')
    const code = `const {basename} = require('node:path')
exports.name = basename(__filename)
module.exports.answer = 42`
    writeFileSync(path, brotliCompressSync(code))
    expect(loadLspLibrary(path)).toEqual({name: 'library.cjs.br', answer: 42})
  })
})
