import type {Connection, InitializeResult} from 'vscode-languageserver'
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Options} from '../directives/options.js'
import type {PageAnalysis} from './analyse-page.js'
import {analysePage, usableOptions} from './analyse-page.js'
import {quickFixes} from './code-actions.js'
import {completionsAt} from './completion.js'
import {completionPlace, openingAttributes} from './completion-place.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {optionsFromSettings} from './settings.js'

/** A file URI's path (its extension says `.md` or `.mdx`); other URIs as they are. */
function pathOf(uri: string): string {
  return decodeURIComponent(uri.replace(/^file:\/\//, '').replace(/[?#].*$/, ''))
}

/**
 * The remark-rnn language server on a connection: diagnostics on every
 * change (no debounce: a check is one parse), hover, completion and quick
 * fixes, with the plugin's options from the `remark-rnn` settings section.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const analyses = new Map<string, PageAnalysis>()
  const settings = new Map<string, Options>()
  let pullsConfiguration = false
  let pushed: Options = {}

  async function optionsFor(uri: string): Promise<Options> {
    const known = settings.get(uri)
    if (known) return known
    const section = pullsConfiguration
      ? await connection.workspace.getConfiguration({scopeUri: uri, section: 'remark-rnn'})
      : pushed
    const {options, problem} = usableOptions(optionsFromSettings(section))
    // A notification, not a request: nothing waits for the editor to answer.
    if (problem) {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `${problem}; using the defaults.`
      })
    }
    settings.set(uri, options)
    return options
  }

  async function check(document: TextDocument): Promise<void> {
    const options = await optionsFor(document.uri)
    // A newer version arrived while the settings were read: that one is checked.
    if (documents.get(document.uri)?.version !== document.version) return
    try {
      const analysis = analysePage(document.getText(), pathOf(document.uri), options)
      analyses.set(document.uri, analysis)
      const diagnostics = analysis.messages.map((message) => toDiagnostic(message, document))
      await connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics})
    } catch (error) {
      connection.console.error(`remark-rnn: ${(error as Error).stack ?? String(error)}`)
    }
  }

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true
    pushed = (params.initializationOptions as {settings?: unknown} | undefined)?.settings ?? {}
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: {triggerCharacters: ['{', '<', ' ', '=', '[', ',']},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'remark-rnn'}
    }
  })

  connection.onDidChangeConfiguration((change) => {
    const section = (change.settings as Record<string, unknown> | null)?.['remark-rnn']
    if (section !== undefined) pushed = section as Options
    settings.clear()
    for (const document of documents.all()) void check(document)
  })

  documents.onDidChangeContent(({document}) => void check(document))
  documents.onDidClose(({document}) => {
    analyses.delete(document.uri)
    settings.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover(({textDocument, position}) => {
    const document = documents.get(textDocument.uri)
    const analysis = analyses.get(textDocument.uri)
    if (!document || !analysis) return null
    return hoverAt(analysis, document.offsetAt(position)) ?? null
  })

  connection.onCompletion(({textDocument, position}) => {
    const document = documents.get(textDocument.uri)
    const analysis = analyses.get(textDocument.uri)
    if (!document || !analysis) return []
    const line = document.getText({
      start: {line: position.line, character: 0},
      end: {line: position.line + 1, character: 0}
    })
    const before = line.slice(0, position.character)
    const place = completionPlace(before, line.slice(position.character))
    if (!place) return []
    return completionsAt(analysis, document.offsetAt(position), place, openingAttributes(line))
  })

  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri)
    return document ? quickFixes(document, context.diagnostics) : []
  })

  // For `npm run bench` only: the heap after a full collection, when the
  // server runs under `node --expose-gc`.
  const collect = (globalThis as {gc?: () => void}).gc
  if (collect) {
    connection.onRequest('remark-rnn/heapUsed', () => {
      collect()
      return process.memoryUsage().heapUsed
    })
  }

  documents.listen(connection)
  connection.listen()
}
