import {parseArgs} from 'node:util'
import {descriptionAttributes} from '../core/index.js'

const attribute = new RegExp(`\`(${descriptionAttributes.join('|')})(=[^\`]*)?\``, 'g')

/**
 * The core speaks of attributes as a directive author writes them (`units`,
 * `cell=gru`); on the command line they are flags (`--units`, `--cell=gru`).
 */
export function asFlags(message: string): string {
  return message.replace(
    attribute,
    (_, name: string, value: string | undefined) => `--${name}${value ?? ''}`
  )
}

/** A flag as a "Did you mean" suggestion shows it: `--name`. */
export const asFlag = (name: string): string => `--${name}`

/** A command-line flag as written: `--name=value`, `--name value`, or `--name` alone (value undefined). */
export interface Flag {
  readonly name: string
  readonly value: string | undefined
}

export interface ParsedArguments {
  readonly flags: readonly Flag[]
  readonly positionals: readonly string[]
}

/** What a command's flags are: those that take a value, and switches (`--strict`, `--strict=false`). */
export interface FlagSpec {
  readonly values: readonly string[]
  readonly switches: readonly string[]
}

/**
 * Split arguments with Node's own parser, in its permissive mode so that
 * every flag comes back as written and each command decides what it accepts.
 * Declaring which flags take a value lets `--inputs 4` read like
 * `--inputs=4`, as in most CLIs; a switch may be followed by `true` or
 * `false`. `-o file` is the one short flag, for `render`.
 */
export function parseArguments(
  args: readonly string[],
  spec: FlagSpec = {values: [], switches: []}
): ParsedArguments {
  const options: Record<string, {type: 'string' | 'boolean'; short?: string}> = {}
  for (const name of spec.values) options[name] = {type: 'string'}
  for (const name of spec.switches) options[name] = {type: 'boolean'}
  options.output = {type: 'string', short: 'o'}
  options.help = {type: 'boolean', short: 'h'}
  // `--inputs --units=5`: the value is missing, rather than `--units=5`.
  const written = args.map((arg, index) =>
    spec.values.includes(arg.slice(2)) && arg.startsWith('--') && args[index + 1]?.startsWith('--')
      ? `${arg}=`
      : arg
  )
  const {tokens} = parseArgs({
    args: written,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options
  })

  const flags: Flag[] = []
  const positionals: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as (typeof tokens)[number]
    if (token.kind === 'positional') {
      positionals.push(token.value)
    } else if (token.kind === 'option') {
      const next = tokens[index + 1]
      const switchValue =
        token.value === undefined &&
        spec.switches.includes(token.name) &&
        next?.kind === 'positional' &&
        /^(true|false)$/.test(next.value)
      if (switchValue) index++
      flags.push({name: token.name, value: switchValue ? next.value : token.value})
    }
  }

  return {flags, positionals}
}

/** Thrown for a usage mistake: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
