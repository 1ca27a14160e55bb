import type {Framework} from '../core/index.js'
import {frameworks} from '../core/index.js'
import type {
  NumberFormat,
  SolutionMode,
  SolutionPart,
  SolutionStrings,
  SolutionStringsOverride
} from '../render/index.js'
import {
  defaultSolutionParts,
  localeSeparator,
  solutionParts,
  solutionStrings
} from '../render/index.js'
import {checkStrings, checkThousandsSeparator} from './option-checks.js'

/**
 * Configuration of `remark-rnn` (and of `rnnMystPlugin`); every field is
 * optional, and each says its default with `@default`.
 */
export interface Options {
  /**
   * Framework for directives that do not say (`framework=…`).
   * @default 'keras'
   */
  readonly framework?: Framework | undefined
  /**
   * Parts every solution shows unless a directive says `show=…` (`diagram`,
   * `summary` and `code` are asked for).
   * @default ['table', 'derivation', 'shapes']
   */
  readonly show?: readonly SolutionPart[] | undefined
  /**
   * `show` solutions, `collapse` them into a details element, or `hide` them
   * (student builds).
   * @default 'show'
   */
  readonly solutions?: SolutionMode | undefined
  /**
   * Language of all generated text: `en` or `de`; others fall back to English.
   * @default 'en'
   */
  readonly locale?: string | undefined
  /**
   * Replace any generated string (column headers, term names, the summary line…).
   * @default {} (the locale's strings)
   */
  readonly strings?: SolutionStringsOverride | undefined
  /**
   * Thousands separator in text and LaTeX; `''` for none.
   * @default the locale's: ',' for en, '.' for de
   */
  readonly thousandsSeparator?: string | undefined
  /**
   * Stop the build when a page has an error (a wrong key, a wrong stated
   * number, an invalid description): every message is still put on the
   * file, then one error listing them is thrown. `false` only reports them,
   * for editors and checkers that show messages. Warnings never stop a build.
   * @default true
   */
  readonly strict?: boolean | undefined
  /**
   * Seed that picks the variant of every quiz with size ranges; the same
   * seed gives the same page. A quiz's own `seed=…` wins.
   * @default ''
   */
  readonly seed?: string | number | undefined
  /**
   * Variants of each quiz with ranges to draw and check, recorded on
   * `file.data.rnnQuizzes` for export; the page shows the first.
   * @default 1
   */
  readonly variants?: number | undefined
}

/** Options with every default applied. */
export interface Settings {
  readonly framework: Framework
  readonly parts: readonly SolutionPart[]
  readonly mode: SolutionMode
  readonly strings: SolutionStrings
  readonly format: NumberFormat
  readonly strict: boolean
  readonly seed: string
  readonly variants: number
}

const modes: readonly SolutionMode[] = ['show', 'collapse', 'hide']

/** The variants of a quiz one build may draw: the one rule the plugin option and `--variants` share. */
export const variantsRule = 'a whole number from 1 to 1000'

/** Whether `value` is a number of variants `variantsRule` allows. */
export function isVariantCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000
}

/**
 * Apply defaults and check options once, when the plugin is attached: a
 * wrong option is the site's configuration error, so it throws.
 */
export function resolveOptions(options: Options | null | undefined = {}): Settings {
  const given = options ?? {}
  const framework = given.framework ?? 'keras'
  if (!frameworks.includes(framework)) {
    throw new TypeError(
      `remark-rnn: option \`framework\` must be one of ${frameworks.join(', ')}, not \`${String(framework)}\``
    )
  }

  const mode = given.solutions ?? 'show'
  if (!modes.includes(mode)) {
    throw new TypeError(
      `remark-rnn: option \`solutions\` must be one of ${modes.join(', ')}, not \`${String(mode)}\``
    )
  }

  const parts = given.show ?? defaultSolutionParts
  if (!Array.isArray(parts)) {
    throw new TypeError(
      `remark-rnn: option \`show\` must be an array of parts from ${solutionParts.join(', ')}, such as ['table']`
    )
  }

  const unknown = parts.filter((part) => !solutionParts.includes(part))
  if (unknown.length > 0 || parts.length === 0) {
    throw new TypeError(
      `remark-rnn: option \`show\` lists parts from ${solutionParts.join(', ')}; got \`${parts.join(',')}\``
    )
  }

  const variants = given.variants ?? 1
  if (!isVariantCount(variants)) {
    throw new TypeError(
      `remark-rnn: option \`variants\` must be ${variantsRule}, not \`${String(variants)}\``
    )
  }

  const locale = given.locale ?? 'en'
  if (typeof locale !== 'string')
    throw new TypeError('remark-rnn: option `locale` must be a string such as `en` or `de`')
  const thousandsSeparator = checkThousandsSeparator(given.thousandsSeparator)
  return {
    framework,
    parts,
    mode,
    strings: solutionStrings(locale, checkStrings(given.strings)),
    format: {thousandsSeparator: thousandsSeparator ?? localeSeparator(locale)},
    strict: given.strict ?? true,
    seed: String(given.seed ?? ''),
    variants
  }
}
