import {existsSync} from 'node:fs'
import {join} from 'node:path'
import type {ExtensionContext} from 'vscode'
import {workspace} from 'vscode'
import type {LanguageClientOptions, ServerOptions} from 'vscode-languageclient/node'
import {LanguageClient, TransportKind} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The command to start: the setting, the workspace's own remark-rnn, or the one on the PATH. */
function serverCommand(): string {
  const configured = workspace.getConfiguration('remark-rnn').get<string>('server.command')
  if (configured) return configured
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', 'remark-rnn')
    if (existsSync(local)) return local
  }

  return 'remark-rnn'
}

/** Start `remark-rnn lsp --stdio` for the Markdown and MDX files of the workspace. */
export async function activate(context: ExtensionContext): Promise<void> {
  const command = serverCommand()
  const server: ServerOptions = {
    command,
    args: ['lsp', '--stdio'],
    transport: TransportKind.stdio,
    options: {shell: process.platform === 'win32'}
  }
  const options: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'mdx'},
      {scheme: 'file', pattern: '**/*.mdx'}
    ],
    // The server reads its options from this section (workspace/configuration).
    synchronize: {configurationSection: 'remark-rnn'}
  }
  client = new LanguageClient('remark-rnn', 'remark-rnn', server, options)
  context.subscriptions.push(client)
  await client.start()
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop()
}
