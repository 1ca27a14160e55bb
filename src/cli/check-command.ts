import {closest, didYouMean} from '../core/index.js'
import type {Options} from '../directives/options.js'
import {checkPages} from './check-pages.js'
import {checkFlags} from './command-flags.js'
import {requireExistingPaths} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {asFlag, UsageError} from './flags.js'
import {frameworkFlag} from './plugin-flags.js'

/** `remark-rnn check`: resolves with the exit code. */
export async function checkCommand({flags, positionals}: ParsedArguments): Promise<number> {
  const settings = {frail: false, quiet: false, silent: false, color: Boolean(process.stderr.isTTY)}
  // Checking needs every verdict but no solution: hidden solutions are not built.
  const options: {framework?: Options['framework']; seed?: string; solutions: 'hide'} = {
    solutions: 'hide'
  }
  for (const {name, value} of flags) {
    if (name === 'frail' || name === 'quiet' || name === 'silent')
      settings[name] = value !== 'false'
    else if (name === 'color') settings.color = value !== 'false'
    else if (name === 'no-color') settings.color = false
    else if (name === 'framework') options.framework = frameworkFlag(value)
    else if (name === 'seed') options.seed = value ?? ''
    else {
      const suggestion = closest(name, [...checkFlags.switches, ...checkFlags.values])
      throw new UsageError(`Unknown flag --${name}.${didYouMean(suggestion, asFlag)}`)
    }
  }

  requireExistingPaths(positionals)

  const {code} = await checkPages({
    paths: positionals.length > 0 ? positionals : ['.'],
    options,
    reporting: settings
  })
  return code
}
