import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {placeRange, toDiagnostic} from '../../src/lsp/diagnostics.js'

const document = TextDocument.create('file:///a.md', 'markdown', 1, 'a\tb 😀 c\nsecond line\n')

describe('a message’s place as an editor range', () => {
  it('uses offsets where the parser gave them (tabs and astral characters count as the editor counts)', () => {
    const message = new VFile().message('x', {
      start: {line: 1, column: 5, offset: 4},
      end: {line: 1, column: 7, offset: 6}
    })
    expect(placeRange(message, document)).toEqual({
      start: {line: 0, character: 4},
      end: {line: 0, character: 6}
    })
  })

  it('uses lines and columns without offsets, a point as an empty range, and no place as the start', () => {
    const file = new VFile()
    expect(placeRange(file.message('x', {line: 2, column: 3}), document)).toEqual({
      start: {line: 1, character: 2},
      end: {line: 1, character: 2}
    })
    expect(placeRange(file.message('x'), document)).toEqual({
      start: {line: 0, character: 0},
      end: {line: 0, character: 0}
    })
  })

  it('makes a diagnostic without rule, link or expected when the message has none (a syntax error of another tool)', () => {
    const message = new VFile().message('odd')
    expect(toDiagnostic(message, document)).toEqual({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      message: 'odd',
      severity: 2,
      source: 'remark-rnn'
    })
    message.fatal = true
    expect(toDiagnostic(message, document).severity).toBe(1)
    message.fatal = undefined
    expect(toDiagnostic(message, document).severity).toBe(3)
  })
})
