import {closest, didYouMean} from '../core/index.js'
import type {SolutionStringsOverride} from '../render/index.js'
import {locales} from '../render/index.js'

/** A configuration error, thrown when the plugin is attached (unified's way for bad options). */
function refuse(message: string): never {
  throw new TypeError(`remark-rnn: ${message}`)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A thousands separator is written into text and LaTeX, so it must be one
 * of the marks people group digits with: a run of up to three spaces (any
 * Unicode space: a thin space is typical), `,`, `.`, `'` or `’`, or none.
 */
export function checkThousandsSeparator(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^(?:\p{Zs}{1,3}|[,.'’])?$/u.test(value)) {
    refuse(
      `option \`thousandsSeparator\` must be up to three spaces, one of \`,\` \`.\` \`'\` \`’\`, or '' for none; got ${JSON.stringify(String(value)).slice(0, 40)}`
    )
  }

  return value
}

/**
 * `strings` may override any built-in string, by the names of the English
 * strings (nested for `terms`, `groups`, `cells`, `mistakes`), with strings.
 */
export function checkStrings(value: unknown): SolutionStringsOverride | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value))
    refuse('option `strings` must be an object of strings, such as `{summary: "Solution"}`')
  const reference = locales.en as unknown as Record<string, unknown>
  for (const [key, given] of Object.entries(value)) {
    const expected = Object.hasOwn(reference, key) ? reference[key] : undefined
    if (expected === undefined) unknownKey('strings', key, Object.keys(reference))
    if (typeof expected === 'string') {
      if (typeof given !== 'string') refuse(`option \`strings.${key}\` must be a string`)
    } else if (isRecord(expected)) {
      if (!isRecord(given)) refuse(`option \`strings.${key}\` must be an object of strings`)
      for (const [name, text] of Object.entries(given)) {
        if (!Object.hasOwn(expected, name))
          unknownKey(`strings.${key}`, name, Object.keys(expected))
        if (typeof text !== 'string') refuse(`option \`strings.${key}.${name}\` must be a string`)
      }
    }
  }

  return value as SolutionStringsOverride
}

function unknownKey(where: string, key: string, known: readonly string[]): never {
  const suggestion = closest(key, known)
  refuse(`option \`${where}\` has no string \`${key.slice(0, 40)}\`.${didYouMean(suggestion)}`)
}
