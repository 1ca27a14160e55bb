import type {CliResult} from './run-cli.js'
import {runCli} from './run-cli.js'
import {runCliInProcess} from './run-cli-in-process.js'

export type CliRunner = (args: readonly string[], cwd?: string) => Promise<CliResult>

/**
 * The command's behaviour tested twice: as users run it (the bundle, in a
 * child process) and from the source in this process (what coverage sees).
 */
export const cliRunners: ReadonlyArray<readonly [string, CliRunner]> = [
  ['bundle', async (args, cwd) => runCli(args, cwd)],
  ['source', runCliInProcess]
]
