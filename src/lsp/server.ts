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
import {analysePage, optionsFromSettings, usableOptions} from './analyse-page.js'
import {quickFixes} from './code-actions.js'
import {completionsAt} from './completion.js'
import {completionPlace, openingAttributes} from './completion-place.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverAt} from './hover.js'

/** A file URI's path (its extension says `.md` or `.mdx`); other URIs as they are, and bad percent-encoding as written. */
export function pathOf(uri: string): string {
  const path = uri.replace(/^file:\/\//, '').replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** One page's analysis, with the document (a page opened again is another) and the version it is of. */
interface Analysed {
  readonly document: TextDocument
  readonly version: number
  readonly analysis: PageAnalysis
}

/**
 * The remark-rnn language server on a connection: diagnostics for the
 * newest version of each page, hover, completion and quick fixes, with the
 * plugin's options from the `remark-rnn` settings section.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const analyses = new Map<string, Analysed>()
  const settings = new Map<string, Options>()
  /** Pages with a check waiting for the changes already received to be read. */
  const waiting = new Set<string>()
  /** Problems with the settings already shown: each is said once, not once per page. */
  const warned = new Set<string>()
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
    if (problem && !warned.has(problem)) {
      warned.add(problem)
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `${problem}; using the defaults.`
      })
    }
    settings.set(uri, options)
    return options
  }

  /** Check the page's newest version and publish its diagnostics; its analysis, or none where it failed or was superseded. */
  async function check(document: TextDocument): Promise<Analysed | undefined> {
    const {uri} = document
    const options = await optionsFor(uri)
    // A newer version arrived while the settings were read: that one is checked.
    if (documents.get(uri)?.version !== document.version) return undefined
    const known = analyses.get(uri)
    if (known?.document === document && known.version === document.version) return known
    try {
      const analysis = analysePage(document.getText(), pathOf(uri), options)
      const analysed = {document, version: document.version, analysis}
      analyses.set(uri, analysed)
      const diagnostics = analysis.messages.map((message) => toDiagnostic(message, document))
      void connection.sendDiagnostics({uri, version: document.version, diagnostics})
      return analysed
    } catch (error) {
      connection.console.error(`remark-rnn: ${(error as Error).stack ?? String(error)}`)
      return undefined
    }
  }

  /**
   * Check a page once the changes already received are read: the connection
   * reads one message per turn of the event loop, so a page waits turn by
   * turn until its version stops changing. Typing faster than a page is
   * checked then checks only the newest version, never each keystroke's.
   */
  function schedule(uri: string): void {
    if (waiting.has(uri)) return
    waiting.add(uri)
    const settle = (seen: number | undefined) =>
      setImmediate(() => {
        // Closed, or checked already for a hover: nothing to wait for.
        const document = waiting.has(uri) ? documents.get(uri) : undefined
        if (!document) return
        if (document.version !== seen) return settle(document.version)
        waiting.delete(uri)
        void check(document)
      })
    settle(undefined)
  }

  /** The analysis of the version the editor shows, checked now if it is not yet. */
  async function current(
    uri: string
  ): Promise<{document: TextDocument; analysis: PageAnalysis} | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    waiting.delete(uri)
    const analysed = await check(document)
    return analysed && {document, analysis: analysed.analysis}
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
    warned.clear()
    analyses.clear()
    for (const document of documents.all()) schedule(document.uri)
  })

  documents.onDidChangeContent(({document}) => schedule(document.uri))
  documents.onDidClose(({document}) => {
    analyses.delete(document.uri)
    settings.delete(document.uri)
    waiting.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover(async ({textDocument, position}) => {
    const page = await current(textDocument.uri)
    if (!page) return null
    return hoverAt(page.analysis, page.document.offsetAt(position)) ?? null
  })

  connection.onCompletion(async ({textDocument, position}) => {
    const page = await current(textDocument.uri)
    if (!page) return []
    const {document, analysis} = page
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
