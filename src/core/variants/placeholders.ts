import type {Breakdown} from '../breakdown.js'
import {quote} from '../problem.js'
import {quantityNames, quantityOf} from '../quantity.js'
import {closest, didYouMean} from '../suggest.js'
import {
  evaluateExpression,
  expressionLimitProblem,
  expressionNames,
  parseExpression
} from './placeholder-expression.js'

/**
 * The numbers a quiz's text may name in `{…}`: the sizes (`inputs` or `n`,
 * `units` or `h` for the first layer, `h1`, `h2`… per layer, `outputs` or
 * `o` for the output layer, `o1`, `o2`… per dense layer, `p` for the
 * projection, `vocab`, `timesteps` when given; with a decoder `d` or
 * `decoder-inputs`, `decoder-vocab`, `s`, `s1`, `s2`… its units) and every
 * quantity (`input`, `total`,
 * `recurrent-bias`…).
 */
export function placeholderValues(breakdown: Breakdown): Map<string, number> {
  const d = breakdown.description
  const values = new Map<string, number>([
    ['inputs', d.inputs],
    ['n', d.inputs],
    ['units', d.units[0] ?? 0],
    ['h', d.units[0] ?? 0],
    ['outputs', d.outputs.at(-1) ?? 0],
    ['o', d.outputs.at(-1) ?? 0],
    ['p', d.projSize],
    ['layers', d.units.length],
    ['vocab', d.vocab]
  ])
  if (d.timesteps !== null) values.set('timesteps', d.timesteps)
  for (const [index, units] of d.units.entries()) values.set(`h${index + 1}`, units)
  for (const [index, nodes] of d.outputs.entries()) values.set(`o${index + 1}`, nodes)
  if (d.decoder !== null) {
    values.set('d', d.decoder.inputs)
    values.set('decoder-inputs', d.decoder.inputs)
    values.set('decoder-vocab', d.decoder.vocab)
    values.set('s', d.decoder.units[0] ?? 0)
    for (const [index, units] of d.decoder.units.entries()) values.set(`s${index + 1}`, units)
  }

  for (const name of quantityNames(breakdown)) values.set(name, quantityOf(breakdown, name) ?? 0)
  return values
}

/** One `{…}` that cannot be filled: why, where it stands, and what to write instead when that is clear. */
export interface PlaceholderProblem {
  readonly message: string
  /** Where the wrong `{…}` stands in the text (start and end offsets). */
  readonly span: readonly [number, number]
  /** What to write there instead (`{inputs}` for `{inptus}`), when that is clear. */
  readonly suggestion?: string
}

export type PlaceholderFill =
  | {readonly ok: true; readonly text: string}
  /** Every wrong `{…}` of the text, in order. */
  | {readonly ok: false; readonly problems: readonly PlaceholderProblem[]}

// `{…}` holding only names, digits, `+ - *`, brackets and spaces, one of them a letter or
// digit; other braces are text. One character class, so a long `{` without its `}` is read once.
const placeholderPattern = /\{([\sa-z0-9.+*()-]+)\}/gi
const hasWord = /[a-z0-9]/i

/** Why `{inner}` cannot be filled from `values` (and what to write instead), or its value. */
function readPlaceholder(
  whole: string,
  inner: string,
  values: ReadonlyMap<string, number>
): {value: number} | Omit<PlaceholderProblem, 'span'> {
  const tooLarge = expressionLimitProblem(inner)
  if (tooLarge !== undefined) return {message: `${quote(whole)} is too long: ${tooLarge}`}
  const expression = parseExpression(inner)
  if (!expression) {
    return {
      message: `${quote(whole)} is not a placeholder: write a name such as \`{inputs}\` or \`{total}\`, or arithmetic such as \`{n * h + h}\` (spaces around \`-\`).`
    }
  }

  const unknown = expressionNames(expression).find((name) => !values.has(name))
  if (unknown !== undefined) {
    const suggestion = closest(unknown, [...values.keys()])
    return {
      message: `${quote(whole)} names ${quote(unknown)}, which is neither a size nor a quantity of this network.${didYouMean(suggestion)}`,
      // A lone name is replaced whole; inside arithmetic the author picks.
      ...(suggestion && expression.kind === 'name' ? {suggestion: `{${suggestion}}`} : {})
    }
  }

  const value = evaluateExpression(expression, values)
  if (!Number.isSafeInteger(value))
    return {message: `${quote(whole)} is too large to write exactly.`}
  return {value}
}

/**
 * Replace every `{name}` or `{n * h + h}` in a text with its value for this
 * network, numbers written by `format`. `{units}` alone lists every layer's
 * units (`8, 4`) when the network is stacked.
 */
export function fillPlaceholders(
  text: string,
  breakdown: Breakdown,
  format: (value: number) => string
): PlaceholderFill {
  const values = placeholderValues(breakdown)
  const stacked = breakdown.description.units.length > 1
  const problems: PlaceholderProblem[] = []
  const filled = text.replace(placeholderPattern, (whole, inner: string, at: number) => {
    if (!hasWord.test(inner)) return whole
    if (stacked && inner.trim().toLowerCase() === 'units')
      return breakdown.description.units.map(format).join(', ')
    const read = readPlaceholder(whole, inner, values)
    if ('value' in read) return format(read.value)
    problems.push({...read, span: [at, at + whole.length]})
    return whole
  })
  return problems.length === 0 ? {ok: true, text: filled} : {ok: false, problems}
}
