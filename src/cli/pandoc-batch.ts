import {UsageError} from './flags.js'

// What the Pandoc filter (pandoc/remark-rnn.lua) sends `remark-rnn pandoc`
// on standard input: every directive of one document, in document order,
// with where each stands in the author's file, so one process does the
// whole page and every message points at the author's text.

/**
 * A fenced div (`::: {.rnn …}`), a bracketed span (`[total]{.rnn …}`), a
 * fence Pandoc did not read as a div, or a div's fence inside a quiz (which
 * remark-rnn, writing the quiz, cannot read).
 */
export type PandocDirectiveKind = 'div' | 'span' | 'unparsed' | 'inner-div'

export interface PandocDirective {
  readonly kind: PandocDirectiveKind
  /** `rnn` or `rnn-quiz` (a span is always `rnn`). */
  readonly name: string
  /** The attributes as written between the braces, the directive's own class left out: `#classifier inputs=4 units=5`. */
  readonly attributes: string
  /** A span's label (`total=68`); a div's content as Markdown (a quiz's question and options); an unparsed or inner fence's line. */
  readonly content: string
  /** Where the directive starts in the author's file, 1-based (0: not known). */
  readonly line: number
  readonly column: number
  /** The author's column of the first character of `attributes`, when they are the author's text: columns on that line then map exactly. */
  readonly attributesColumn?: number | undefined
  /** The author's line of the content's first line, when `content` is the author's text: lines and columns inside it then map exactly. */
  readonly contentLine?: number | undefined
  /** For a div inside another rnn div: that div's index in the batch (the plugin reports the nesting). */
  readonly outer?: number | undefined
}

/** How math is written into HTML the page's own math script typesets (pandoc's `--mathjax` or `--katex`). */
export type PandocMath = 'mathjax' | 'katex' | 'plain'

export interface PandocBatch {
  /** The author's file, for messages (`page.qmd`). */
  readonly file: string
  /** The output is HTML: diagrams and self-check forms are written in as raw HTML. */
  readonly html: boolean
  readonly math: PandocMath
  /** The pandoc-types version of the filter's Pandoc (`PANDOC_API_VERSION`), which the JSON written back declares. */
  readonly version: readonly number[]
  /** The plugin's options, by their flag names (`solutions: collapse`), from the document's metadata. */
  readonly options: Readonly<Record<string, string>>
  readonly directives: readonly PandocDirective[]
}

const kinds: readonly PandocDirectiveKind[] = ['div', 'span', 'unparsed', 'inner-div']
const maths: readonly PandocMath[] = ['mathjax', 'katex', 'plain']

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A field of a given type, or the usage error that names it. */
function field<T>(object: Json, name: string, check: (value: unknown) => value is T, what: string) {
  const value = object[name]
  if (!check(value)) throw new UsageError(`the batch's \`${name}\` must be ${what}.`)
  return value
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0
const isOptionalCount = (value: unknown): value is number | undefined =>
  value === undefined || isCount(value)

/** One directive of the batch, checked. */
function readDirective(value: unknown): PandocDirective {
  if (!isObject(value)) throw new UsageError('each of the batch’s `directives` must be an object.')
  return {
    kind: field(
      value,
      'kind',
      (v): v is PandocDirectiveKind => kinds.includes(v as never),
      kinds.join(', ')
    ),
    name: field(
      value,
      'name',
      (v): v is string => v === 'rnn' || v === 'rnn-quiz',
      'rnn or rnn-quiz'
    ),
    attributes: field(value, 'attributes', isString, 'a string'),
    content: field(value, 'content', isString, 'a string'),
    line: field(value, 'line', isCount, 'a line number'),
    column: field(value, 'column', isCount, 'a column number'),
    attributesColumn: field(value, 'attributesColumn', isOptionalCount, 'a column number'),
    contentLine: field(value, 'contentLine', isOptionalCount, 'a line number'),
    outer: field(value, 'outer', isOptionalCount, 'an index in the batch')
  }
}

/** `1.22.2.1` as numbers; Pandoc 3's (1.23.1) when not given. */
function apiVersion(value: unknown): number[] {
  if (typeof value !== 'string' || !/^\d+(\.\d+)*$/.test(value)) return [1, 23, 1]
  return value.split('.').map(Number)
}

/** The batch the filter sent, or a usage error saying what is wrong with it. */
export function readBatch(text: string): PandocBatch {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UsageError(
      'expected a JSON batch of directives on standard input (see docs/quarto.md).'
    )
  }

  if (!isObject(value)) throw new UsageError('the batch must be a JSON object.')
  const options = value.options ?? {}
  if (!isObject(options) || !Object.values(options).every(isString))
    throw new UsageError('the batch’s `options` must map option names to strings.')
  const directives = field(value, 'directives', Array.isArray, 'a list')
  return {
    file: field(value, 'file', isString, 'a string'),
    html: value.html === true,
    math: maths.includes(value.math as never) ? (value.math as PandocMath) : 'mathjax',
    version: apiVersion(value.version),
    options: options as Record<string, string>,
    directives: directives.map(readDirective)
  }
}
