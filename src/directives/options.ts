import type {Framework} from '../core/index.js'
import {frameworks} from '../core/index.js'
import type {
  DiagramPlacement,
  NumberFormat,
  QuizPlacement,
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

/** Configuration of `remark-rnn`; every field is optional. */
export interface Options {
  /** Framework for directives that do not say (`framework=…`); default `keras`. */
  readonly framework?: Framework | undefined
  /** Parts every solution shows unless a directive says `show=…`; default table, derivation and shapes (`diagram`, `summary` and `code` are asked for). */
  readonly show?: readonly SolutionPart[] | undefined
  /** `show` (default), `collapse` into a details element, or `hide` (student builds). */
  readonly solutions?: SolutionMode | undefined
  /** Language of all generated text: `en` (default) or `de`; others fall back to English. */
  readonly locale?: string | undefined
  /** Replace any generated string (column headers, term names, the summary line…). */
  readonly strings?: SolutionStringsOverride | undefined
  /** Thousands separator in text and LaTeX; default from the locale (`,` or `.`), `''` for none. */
  readonly thousandsSeparator?: string | undefined
  /**
   * Throw on the first problem instead of adding a message to the file, for
   * site generators that drop warnings (Docusaurus). Default `false`.
   */
  readonly strict?: boolean | undefined
  /**
   * Seed that picks the variant of every quiz with size ranges; the same
   * seed gives the same page. Default `''`. A quiz's own `seed=…` wins.
   */
  readonly seed?: string | number | undefined
  /**
   * Variants of each quiz with ranges to draw and check, recorded on
   * `file.data.rnnQuizzes` for export; the page shows the first. Default 1.
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
  /** The next diagram id of the file being processed (`rnn-diagram-1`, …); set per file. */
  readonly diagramIds?: (() => DiagramPlacement) | undefined
  /** The next quiz form's id of the file being processed (`rnn-quiz-1`, …); set per file. */
  readonly quizIds?: (() => QuizPlacement) | undefined
}

const modes: readonly SolutionMode[] = ['show', 'collapse', 'hide']

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
  if (!Number.isInteger(variants) || variants < 1 || variants > 1000) {
    throw new TypeError(
      `remark-rnn: option \`variants\` must be a whole number from 1 to 1000, not \`${String(variants)}\``
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
    strict: given.strict ?? false,
    seed: String(given.seed ?? ''),
    variants
  }
}
