import {afterEach, describe, expect, it} from 'vitest'
import type {builtServerClient as Start} from '../helpers/lsp-client.js'
import {builtServerClient} from '../helpers/lsp-client.js'
import {runCli} from '../helpers/run-cli.js'
import {runCliInProcess} from '../helpers/run-cli-in-process.js'
import {problemPage} from './fixtures.js'

// The built command as an editor starts it: `remark-rnn lsp --stdio`, a
// child process speaking JSON-RPC on its standard input and output.

let server: ReturnType<typeof Start> | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('remark-rnn lsp --stdio (the bundle)', () => {
  it('initializes, checks an opened page and exits cleanly on shutdown and exit', async () => {
    server = builtServerClient()
    const result = (await server.initialize()) as {
      capabilities: Record<string, unknown>
      serverInfo: {name: string}
    }
    expect(result.serverInfo.name).toBe('remark-rnn')
    expect(result.capabilities).toMatchObject({
      textDocumentSync: 2,
      hoverProvider: true,
      codeActionProvider: {codeActionKinds: ['quickfix']}
    })
    const diagnostics = await server.open('file:///lesson.md', problemPage)
    expect(diagnostics.map((d) => d.code)).toEqual([
      'unknown-attribute',
      'wrong-number',
      'wrong-key'
    ])
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: {uri: 'file:///lesson.md'},
      position: {line: 5, character: 9}
    })) as {contents: {value: string}} | null
    expect(hover?.contents.value).toBe(
      '**68** (total): `total = 20 + 30 + 18 = 68`; the text states 67, which is wrong.'
    )

    // The bench's heap request exists only under --expose-gc.
    await expect(server.connection.sendRequest('remark-rnn/heapUsed')).rejects.toThrow(
      /Unhandled method/
    )
    const child = server.child
    const code = new Promise((resolve) => child.once('exit', resolve))
    await server.connection.sendRequest('shutdown')
    await server.connection.sendNotification('exit')
    expect(await code).toBe(0)
  })

  it('answers the heap request only under --expose-gc (for the bench)', async () => {
    server = builtServerClient(['--expose-gc'])
    await server.initialize()
    expect(await server.connection.sendRequest('remark-rnn/heapUsed')).toBeGreaterThan(0)
  })

  it('prints its help, and refuses other transports and files', async () => {
    const help = runCli(['lsp', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: remark-rnn lsp --stdio')
    expect(runCli(['--help']).stdout).toMatch(/^ {2}lsp {6}the language server/m)
    const socket = await runCliInProcess(['lsp', '--socket=4000'])
    expect(socket.status).toBe(2)
    expect(socket.stderr).toContain('Unknown flag --socket.')
    expect(socket.stderr).toContain('(--stdio)')
    const suggested = await runCliInProcess(['lsp', '--stdi'])
    expect(suggested.stderr).toContain('Did you mean --stdio?')
    const file = await runCliInProcess(['lsp', '--stdio', 'page.md'])
    expect(file.status).toBe(2)
    expect(file.stderr).toContain('lsp takes no files (`page.md`)')
  })
})
