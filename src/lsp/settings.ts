import type {Options} from '../directives/options.js'

/** The editor settings (section `remark-rnn`) that are the plugin's options. */
const optionNames = ['framework', 'locale', 'strict', 'seed', 'thousandsSeparator', 'show'] as const

/**
 * The plugin's options from a workspace configuration section: only the
 * known names, so an editor's own keys (`enable`, `trace`) never reach the
 * plugin. Values are checked by the plugin itself (see usableOptions).
 */
export function optionsFromSettings(section: unknown): Options {
  if (typeof section !== 'object' || section === null) return {}
  const given = section as Record<string, unknown>
  const options: Record<string, unknown> = {}
  for (const name of optionNames) {
    if (given[name] !== undefined && given[name] !== null) options[name] = given[name]
  }

  return options as Options
}
