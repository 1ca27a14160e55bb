import type {Framework} from '../core/index.js'
import {closest, didYouMean, frameworks} from '../core/index.js'
import type {Options} from '../directives/options.js'
import type {SolutionMode} from '../render/index.js'
import {solutionParts} from '../render/index.js'
import type {Flag} from './flags.js'
import {asFlag, UsageError} from './flags.js'

const names = ['solutions', 'show', 'framework', 'locale', 'strict', 'seed'] as const
const solutionModes: readonly SolutionMode[] = ['show', 'collapse', 'hide']

/** A flag's value from a fixed list, or a usage error that names the flag and the choices. */
function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[]
): T {
  if (choices.includes(value as T)) return value as T
  const suggestion = value ? closest(value, choices) : undefined
  const got = value ? `, not \`${value}\`` : ''
  throw new UsageError(
    `--${flag} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}${got}.${didYouMean(suggestion, String)}`
  )
}

/** `--framework=keras|pytorch`, read the same way by every command. */
export function frameworkFlag(value: string | undefined): Framework {
  return oneOf('framework', value, frameworks)
}

/** Plugin options from `--solutions=… --show=… --framework=… --locale=… --seed=… --strict`. */
export function pluginOptions(flags: readonly Flag[]): Options {
  // The command reports every message itself; only `--strict` stops it.
  const options: {-readonly [K in keyof Options]: Options[K]} = {strict: false}
  for (const {name, value} of flags) {
    switch (name) {
      case 'solutions':
        options.solutions = oneOf('solutions', value, solutionModes)
        break
      case 'show': {
        const parts = (value ?? '').split(/[\s,]+/).filter(Boolean)
        // The plugin refuses an empty list as a bug in its caller: here it is the user's.
        if (parts.length === 0)
          throw new UsageError(`--show needs the parts to show, such as --show=table,derivation.`)
        options.show = parts.map((part) => oneOf('show', part, solutionParts))
        break
      }
      case 'framework':
        options.framework = frameworkFlag(value)
        break
      case 'locale':
        options.locale = value
        break
      case 'seed':
        options.seed = value ?? ''
        break
      case 'strict':
        options.strict = oneOf('strict', value ?? 'true', ['true', 'false']) === 'true'
        break
      default: {
        const suggestion = closest(name, [...names, 'output'])
        throw new UsageError(`Unknown flag --${name}.${didYouMean(suggestion, asFlag)}`)
      }
    }
  }

  return options
}
