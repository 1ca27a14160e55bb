import {parseArgs} from 'node:util'

/** A command-line flag as written: `--name=value`, or `--name` alone (value undefined). */
export interface Flag {
  readonly name: string
  readonly value: string | undefined
}

export interface ParsedArguments {
  readonly flags: readonly Flag[]
  readonly positionals: readonly string[]
}

/**
 * Split arguments with Node's own parser, in its permissive mode so that
 * every flag comes back as written and each command decides what it accepts.
 * `-o file` is the one short flag, for `render`.
 */
export function parseArguments(args: readonly string[]): ParsedArguments {
  const {tokens} = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {output: {type: 'string', short: 'o'}}
  })
  const flags: Flag[] = []
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'option') flags.push({name: token.name, value: token.value})
    else if (token.kind === 'positional') positionals.push(token.value)
  }

  return {flags, positionals}
}

/** Thrown for a usage mistake: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
