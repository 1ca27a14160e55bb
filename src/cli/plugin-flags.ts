import {frameworks} from '../core/index.js'
import type {Framework} from '../core/index.js'
import type {Options} from '../plugin/options.js'
import type {SolutionMode, SolutionPart} from '../render/index.js'
import {closest} from '../core/index.js'
import type {Flag} from './flags.js'
import {UsageError} from './flags.js'

const names = ['solutions', 'show', 'framework', 'locale', 'strict', 'seed'] as const

/** Plugin options from `--solutions=… --show=… --framework=… --locale=… --seed=… --strict`. */
export function pluginOptions(flags: readonly Flag[]): Options {
  const options: {-readonly [K in keyof Options]: Options[K]} = {}
  for (const {name, value} of flags) {
    switch (name) {
      case 'solutions':
        options.solutions = value as SolutionMode
        break
      case 'show':
        options.show = (value ?? '').split(/[\s,]+/).filter(Boolean) as SolutionPart[]
        break
      case 'framework':
        if (!frameworks.includes(value as Framework)) throw new UsageError(`--framework must be keras or pytorch.`)
        options.framework = value as Framework
        break
      case 'locale':
        options.locale = value
        break
      case 'seed':
        options.seed = value ?? ''
        break
      case 'strict':
        options.strict = value === undefined || value === 'true'
        break
      default: {
        const suggestion = closest(name, [...names, 'output'])
        throw new UsageError(`Unknown flag --${name}.${suggestion ? ` Did you mean --${suggestion}?` : ''}`)
      }
    }
  }

  return options
}
