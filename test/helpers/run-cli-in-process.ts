import {vi} from 'vitest'
import {main} from '../../src/cli/main.js'
import type {CliResult} from './run-cli.js'

type Write = typeof process.stdout.write

/** A stream's `write` that keeps what it is given. */
function keep(chunks: string[]): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') queueMicrotask(() => done())
    return true
  }) as Write
}

/**
 * Run `remark-rnn …` in this process, from the source: what the command
 * writes is captured and its exit code returned, so coverage sees `src/cli`.
 * The bundle itself is run by `runCli` in a child process. `cwd` is entered
 * with `process.chdir`, which vitest's default pool (a process per test
 * file) allows.
 */
export async function runCliInProcess(args: readonly string[], cwd?: string): Promise<CliResult> {
  const stdout: string[] = []
  const stderr: string[] = []
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep(stdout)),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep(stderr))
  ]
  const home = process.cwd()
  const exitCode = process.exitCode
  if (cwd) process.chdir(cwd)
  try {
    const status = await main(args)
    return {status, stdout: stdout.join(''), stderr: stderr.join('')}
  } finally {
    process.chdir(home)
    // unified-engine sets the exit code of a failed check; the runner reports it instead.
    process.exitCode = exitCode
    for (const spy of spies) spy.mockRestore()
  }
}
