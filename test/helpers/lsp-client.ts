import type {ChildProcess} from 'node:child_process'
import {spawn} from 'node:child_process'
import {PassThrough} from 'node:stream'
import type {MessageConnection} from 'vscode-jsonrpc/node'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-jsonrpc/node'
import type {
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent
} from 'vscode-languageserver'
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter
} from 'vscode-languageserver/node'
import {startServer} from '../../src/lsp/server.js'
import {cliPath} from './run-cli.js'

/** An editor's side of the protocol, as a test drives it. */
export interface LspClient {
  readonly connection: MessageConnection
  /** `initialize` then `initialized`, with `settings` as the `remark-rnn` configuration section. */
  initialize(settings?: Record<string, unknown>, pull?: boolean): Promise<unknown>
  open(uri: string, text: string, languageId?: string): Promise<Diagnostic[]>
  /** Send changes as version `version`; resolves with that version's diagnostics. */
  change(
    uri: string,
    version: number,
    changes: TextDocumentContentChangeEvent[]
  ): Promise<Diagnostic[]>
  /** The next diagnostics published for `uri` (at `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>
  close(): Promise<void>
}

function client(connection: MessageConnection, end: () => Promise<void>): LspClient {
  const waiting: Array<{uri: string; version?: number; resolve: (d: Diagnostic[]) => void}> = []
  const latest = new Map<string, PublishDiagnosticsParams>()
  let settings: Record<string, unknown> = {}
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: PublishDiagnosticsParams) => {
      latest.set(params.uri, params)
      for (const wait of [...waiting]) {
        if (
          wait.uri === params.uri &&
          (wait.version === undefined || wait.version === params.version)
        ) {
          waiting.splice(waiting.indexOf(wait), 1)
          wait.resolve(params.diagnostics)
        }
      }
    }
  )
  connection.onRequest('workspace/configuration', (params: {items: Array<{section?: string}>}) =>
    params.items.map((item) => (item.section === 'remark-rnn' ? settings : null))
  )
  connection.onNotification('window/showMessage', () => {})
  connection.onNotification('window/logMessage', () => {})
  connection.listen()

  const diagnostics = (uri: string, version?: number) =>
    new Promise<Diagnostic[]>((resolve) => waiting.push({uri, version, resolve}))

  return {
    connection,
    async initialize(given = {}, pull = true) {
      settings = given
      const result = await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {workspace: {configuration: pull}},
        initializationOptions: pull ? undefined : {settings: given}
      })
      await connection.sendNotification('initialized', {})
      return result
    },
    async open(uri, text, languageId = 'markdown') {
      const published = diagnostics(uri, 1)
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: {uri, languageId, version: 1, text}
      })
      return published
    },
    async change(uri, version, contentChanges) {
      const published = diagnostics(uri, version)
      await connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges
      })
      return published
    },
    diagnostics,
    async close() {
      connection.dispose()
      await end()
    }
  }
}

/** The server of src/lsp running in this process (so coverage sees it), on in-memory pipes. */
export function inProcessClient(): LspClient {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  const server = createConnection(
    ProposedFeatures.all,
    new ServerReader(toServer),
    new ServerWriter(toClient)
  )
  startServer(server)
  return client(
    createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
    async () => {
      server.dispose()
      toServer.end()
      toClient.end()
    }
  )
}

/** The built command, `remark-rnn lsp --stdio`, as an editor starts it. */
export function builtServerClient(
  nodeArgs: readonly string[] = []
): LspClient & {child: ChildProcess} {
  const child = spawn(process.execPath, [...nodeArgs, cliPath, 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    ...client(connection, async () => {
      child.kill()
      await exited
    }),
    child
  }
}
