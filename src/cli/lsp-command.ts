import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {closest, didYouMean} from '../core/index.js'
import {startServer} from '../lsp/server.js'
import {lspFlags} from './command-flags.js'
import type {ParsedArguments} from './flags.js'
import {asFlag, UsageError} from './flags.js'

/**
 * `remark-rnn lsp --stdio`: the language server on standard input and
 * output, until the editor ends it. Standard output carries only the
 * protocol, so anything logged goes to standard error.
 */
export function lspCommand({flags, positionals}: ParsedArguments): Promise<number> {
  for (const {name} of flags) {
    if (name !== 'stdio') {
      const suggestion = closest(name, [...lspFlags.switches, ...lspFlags.values])
      throw new UsageError(
        `Unknown flag --${name}.${didYouMean(suggestion, asFlag)} The server talks over standard input and output (--stdio).`
      )
    }
  }

  if (positionals.length > 0)
    throw new UsageError(`lsp takes no files (\`${positionals[0]}\`): the editor sends them.`)
  console.log = console.error
  console.info = console.error
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  startServer(connection)
  // The library ends the process on `exit` or when the editor closes the pipe.
  return new Promise(() => {})
}
