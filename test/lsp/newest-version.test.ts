// The server works on the version of a page the editor shows: versions
// typed over before they were checked are dropped, hover answers for the
// newest text, a quick fix of an older version's diagnostic is not applied
// to text that has moved, odd URIs still get diagnostics, and a bad setting
// is said once.

import {afterEach, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, Hover, PublishDiagnosticsParams} from 'vscode-languageserver'
import type {LspClient} from '../helpers/lsp-client.js'
import {inProcessClient} from '../helpers/lsp-client.js'
import {problemPage} from './fixtures.js'

const uri = 'file:///course/typing.md'
let client: LspClient

afterEach(() => client.close())

const page = (inputs: number) =>
  `# Typing\n\nIt has :rnn[total]{inputs=${inputs} units=5} parameters.\n`

describe('the newest version only', () => {
  it('checks only the version typed last when edits come faster than checks, and hovers on it', async () => {
    client = inProcessClient()
    await client.initialize()
    await client.open(uri, page(1))
    const published: PublishDiagnosticsParams[] = []
    let last: () => void = () => {}
    const edits = 40
    const newest = new Promise<void>((resolve) => {
      last = resolve
    })
    client.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        published.push(params)
        if (params.version === edits + 1) last()
      }
    )
    // Every keystroke sent at once, as an editor does while a check runs.
    const sent: Array<Promise<void>> = []
    for (let version = 2; version <= edits + 1; version++) {
      sent.push(
        client.connection.sendNotification('textDocument/didChange', {
          textDocument: {uri, version},
          contentChanges: [{text: page(version)}]
        })
      )
    }
    const hover = client.connection.sendRequest('textDocument/hover', {
      textDocument: {uri},
      position: {line: 2, character: 9}
    }) as Promise<Hover | null>
    await Promise.all(sent)
    // 5 · (edits + 1) + 5 · 5 + 5 parameters at the newest inputs.
    const total = 5 * (edits + 1) + 30
    expect((await hover)?.contents).toMatchObject({value: expect.stringContaining(`**${total}**`)})
    await newest
    expect(published.length).toBeLessThan(edits)
    expect(published.at(-1)?.version).toBe(edits + 1)
  })

  it('offers no quick fix where the text at a diagnostic’s range has changed since', async () => {
    client = inProcessClient()
    await client.initialize()
    const diagnostics = await client.open(uri, problemPage)
    const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-attribute')
    expect(unknown).toHaveLength(1)
    const actions = (given: Diagnostic[]) =>
      client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: given}
      }) as Promise<CodeAction[]>
    expect(await actions(unknown)).toHaveLength(1)
    // `unit=5` is now `cell=lstm unit=5`: the old range holds `cell`.
    await client.change(uri, 2, [{text: problemPage.replace('unit=5', 'cell=lstm unit=5')}])
    expect(await actions(unknown)).toEqual([])
  })

  it('gives diagnostics to a page whose URI has bad percent-encoding', async () => {
    client = inProcessClient()
    await client.initialize()
    const diagnostics = await client.open('file:///course/100%25%E0%A4%A.md', problemPage)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'unknown-attribute',
      'wrong-number',
      'wrong-key'
    ])
  })

  it('says a bad setting once, not once per page', async () => {
    client = inProcessClient()
    const shown: string[] = []
    client.connection.onNotification('window/showMessage', ({message}: {message: string}) => {
      shown.push(message)
    })
    await client.initialize({framework: 'jax'})
    await client.open('file:///one.md', page(4))
    await client.open('file:///two.md', page(4))
    await client.open('file:///three.md', page(4))
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatch(/jax.*using the defaults\.$/s)
  })
})

describe('a page closed while its check waits', () => {
  it('is not checked, and its diagnostics are cleared', async () => {
    client = inProcessClient()
    await client.initialize()
    await client.open(uri, problemPage)
    const cleared = client.diagnostics(uri)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{text: problemPage.replace('=67', '=66')}]
    })
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    expect(await cleared).toEqual([])
    // Opened again, it is checked afresh.
    expect(await client.open(uri, page(4))).toEqual([])
  })
})
