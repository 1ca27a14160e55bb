import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'

// An editor that opened a page in the wrong encoding sends replacement
// characters (Latin-1 read as UTF-8) or NULs (UTF-16 without its mark): the
// server refuses the page as `check` does, at the same place, instead of
// checking garbled counts.

const page = '# Lesson é\n\nTotal: :rnn[total=99]{inputs=4 units=5}.\n'
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-lsp-encoding-'))

const shown = (text: string, path: string) =>
  analysePage(text, path, {}).messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.ruleId} ${message.fatal} ${message.reason}`
  )

describe('a page the editor read in the wrong encoding', () => {
  it('gets one error at the first byte of the file that is not UTF-8, and no counts', () => {
    const path = join(folder, 'latin1.md')
    writeFileSync(path, Buffer.from(page, 'latin1'))
    const asEditorRead = Buffer.from(page, 'latin1').toString('utf8')
    expect(shown(asEditorRead, path)).toEqual([
      '1:10 page-encoding true This page is not UTF-8: byte 0xE9 cannot be read (Latin-1, Windows-1252 or UTF-16 without its byte order mark?); save it as UTF-8.'
    ])
  })

  it('refuses NULs in a page not saved yet, where they are', () => {
    const text = Buffer.from(page, 'utf16le').toString('utf8')
    expect(shown(text, 'untitled:Untitled-1')).toEqual([
      '1:2 page-encoding true This page is not UTF-8: byte 0x00 cannot be read (Latin-1, Windows-1252 or UTF-16 without its byte order mark?); save it as UTF-8.'
    ])
  })

  it('checks a page whose replacement character is written in the file, and a UTF-8 page with its mark', () => {
    const path = join(folder, 'written.md')
    const text = `${page}\uFFFD\n`
    writeFileSync(path, text)
    expect(shown(text, path)).toEqual([expect.stringMatching(/^3:19 wrong-number true .*99/)])
    expect(shown(`\uFEFF${page}`, join(folder, 'bom.md'))).toEqual([
      expect.stringMatching(/^3:19 wrong-number true .*99/)
    ])
  })
})
