import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository (where `npm pack` runs; `npm test` builds dist/ first). */
export const repository = fileURLToPath(new URL('../../', import.meta.url))

export interface CommandResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run npm in `cwd`, from the local cache where it can (`--prefer-offline`). */
export function npm(args: readonly string[], cwd: string): CommandResult {
  const result = spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, npm_config_update_notifier: 'false'}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

export interface Tarball {
  readonly path: string
  /** The paths the tarball holds, relative to the package folder. */
  readonly files: readonly string[]
}

const made: string[] = []

/** A new temporary folder, removed by `removeTemporaryFolders`. */
function temporaryFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `remark-rnn-${name}-`))
  made.push(folder)
  return folder
}

/** Remove every folder this module made (call in `afterAll`). */
export function removeTemporaryFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, {recursive: true, force: true})
}

/** The package as it would be published: `npm pack` into a new folder. */
export function packTarball(): Tarball {
  const folder = temporaryFolder('pack')
  const result = npm(['pack', '--json', '--pack-destination', folder], repository)
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`)
  const [{filename, files}] = JSON.parse(result.stdout) as [
    {filename: string; files: Array<{path: string}>}
  ]
  return {path: join(folder, filename), files: files.map((file) => file.path)}
}

/** An empty ES-module project in a new temporary folder. */
export function emptyProject(name: string): string {
  const folder = temporaryFolder(name)
  writeFileSync(join(folder, 'package.json'), JSON.stringify({name, private: true, type: 'module'}))
  return folder
}

const offline =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|ENOTCACHED|network/i

/**
 * `npm install` into a project. Returns undefined when npm cannot reach the
 * packages (no network and not in the cache), after a printed notice, so the
 * caller can skip; under CI=true that is a failure instead.
 */
export function npmInstall(
  project: string,
  specs: readonly string[],
  flags: readonly string[] = []
): CommandResult | undefined {
  const result = npm(['install', ...flags, ...specs], project)
  if (result.status === 0) return result
  if (offline.test(result.stderr) && process.env.CI !== 'true') {
    console.warn(
      `\n  Skipped: npm cannot reach the packages (${specs.join(' ')}):\n  ${result.stderr.split('\n')[0]}\n`
    )
    return undefined
  }

  throw new Error(`npm install ${specs.join(' ')} failed:\n${result.stderr}`)
}
