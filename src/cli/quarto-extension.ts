import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import selfCheckScript from 'remark-rnn:self-check'
import {fileError} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'

/** Quarto's extension manifest: a filter contributed under the extension's name. */
function manifest(version: string): string {
  return `title: remark-rnn
author: remark-rnn
version: ${version}
quarto-required: ">=1.3.0"
contributes:
  filters:
    - remark-rnn.lua
`
}

/**
 * `remark-rnn quarto-extension [dir]`: write the Quarto extension into
 * `dir/_extensions/remark-rnn/` (default: the current folder): the manifest,
 * the package's Pandoc filter as it is, and the self-check script the
 * filter adds to HTML pages with quizzes. `packageRoot` is the package's
 * folder, where the filter is. Returns the folder written.
 */
export async function quartoExtensionCommand(
  {flags, positionals}: ParsedArguments,
  packageRoot: URL
): Promise<string> {
  const packageFile = (path: string) => new URL(path, packageRoot)
  const [unknown] = flags
  if (unknown) throw new UsageError(`Unknown flag --${unknown.name} for quarto-extension.`)
  if (positionals.length > 1)
    throw new UsageError('quarto-extension takes one folder: the Quarto project (default: here).')
  const folder = join(positionals[0] ?? '.', '_extensions', 'remark-rnn')
  const pkg = JSON.parse(await readFile(packageFile('package.json'), 'utf8')) as {version: string}
  const filter = await readFile(packageFile('pandoc/remark-rnn.lua'))
  const write = async (name: string, contents: string | Buffer) => {
    const path = join(folder, name)
    await writeFile(path, contents).catch((error: unknown) => {
      throw fileError('write', path, error)
    })
  }

  await mkdir(folder, {recursive: true}).catch((error: unknown) => {
    throw fileError('write', folder, error)
  })
  await write('_extension.yml', manifest(pkg.version))
  await write('remark-rnn.lua', filter)
  await write('self-check.js', selfCheckScript)
  return folder
}
