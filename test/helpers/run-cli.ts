import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The built command, as users run it (`npm test` builds first). */
export const cliPath = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run `remark-rnn …` in a child process, without colour. */
export function runCli(args: readonly string[], cwd?: string): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
