import type {DescriptionValue} from './description.js'
import {limits} from './description.js'
import type {DescriptionProblem} from './problem.js'
import {clip, quote} from './problem.js'
import {closest, didYouMean} from './suggest.js'
import {rangedAttributes, rangePattern} from './variants/size-ranges.js'

/** Where an entry's text stands without its surrounding spaces, counted from `start`: `[from, to)`. */
export function trimmedSpan(entry: string, start: number): readonly [number, number] {
  const lead = entry.length - entry.trimStart().length
  return [start + lead, start + lead + entry.trim().length]
}

/** The outcome of reading one attribute value. */
export type Reading<T> =
  | {readonly ok: true; readonly value: T}
  | {readonly ok: false; readonly problem: DescriptionProblem}

function fail(
  attribute: string,
  ruleId: DescriptionProblem['ruleId'],
  message: string,
  suggestion?: string
): Reading<never> {
  return {
    ok: false,
    problem:
      suggestion === undefined
        ? {ruleId, attribute, message}
        : {ruleId, attribute, message, suggestion}
  }
}

const asciiDigits = /^\d+$/
const anyDigit = /\p{Nd}/u

/**
 * Read a whole number in `[minimum, limits.size]`. Text must be plain ASCII
 * digits: `1e3`, `0x10`, `2.5`, `-3` and `٥` are refused with a message
 * saying what to write instead, because authors copy numbers from anywhere.
 */
export function readInteger(
  attribute: string,
  raw: DescriptionValue,
  minimum: number
): Reading<number> {
  let value: number

  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) {
      return fail(
        attribute,
        'not-an-integer',
        `\`${attribute}\` must be a whole number, not ${clip(String(raw))}.`
      )
    }

    value = raw
  } else if (typeof raw === 'string') {
    const text = raw.trim()
    if (text === '') {
      return fail(
        attribute,
        'empty-value',
        `\`${attribute}\` needs a value, such as \`${attribute}=4\`.`
      )
    }

    if (!asciiDigits.test(text)) return readBadNumber(attribute, text)
    value = Number(text)
  } else {
    return fail(attribute, 'not-a-number', `\`${attribute}\` must be a whole number.`)
  }

  if (value < minimum) {
    const floor = minimum === 0 ? 'zero or more' : `at least ${minimum}`
    return fail(attribute, 'out-of-range', `\`${attribute}\` must be ${floor}, not ${value}.`)
  }

  if (value > limits.size) {
    return fail(
      attribute,
      'out-of-range',
      `\`${attribute}\` must be at most ${limits.size.toLocaleString('en-US')}; got ${clip(String(raw))}.`
    )
  }

  return {ok: true, value}
}

/** Explain why text that is not plain digits is not a whole number. */
function readBadNumber(attribute: string, text: string): Reading<never> {
  if (/^[+-]?\d*\.\d+$/.test(text)) {
    return fail(
      attribute,
      'not-an-integer',
      `\`${attribute}\` must be a whole number, not ${clip(text)}.`
    )
  }

  if (/^-\d+$/.test(text)) {
    return fail(
      attribute,
      'out-of-range',
      `\`${attribute}\` must be a positive whole number, not ${clip(text)}.`
    )
  }

  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    return fail(
      attribute,
      'not-a-number',
      `\`${attribute}\` must be written out in digits, not in exponent form (${clip(text)}).`
    )
  }

  if (/^0[xob]/i.test(text)) {
    return fail(
      attribute,
      'not-a-number',
      `\`${attribute}\` must be written in decimal digits, not as ${clip(text)}.`
    )
  }

  if (anyDigit.test(text) && !/[^\p{Nd}]/u.test(text)) {
    return fail(
      attribute,
      'not-a-number',
      `\`${attribute}\` must use the digits 0–9; got ${clip(text)}.`
    )
  }

  if (/^\d{1,3}([,_ ]\d{3})+$/.test(text)) {
    return fail(
      attribute,
      'not-a-number',
      `\`${attribute}\` must be written without separators: ${clip(text.replace(/[,_ ]/g, ''))}, not ${clip(text)}.`
    )
  }

  // `inputs=2..8` outside a quiz: the author meant a quiz's range.
  const range = rangePattern.test(text) && rangedAttributes.includes(attribute as never)
  return fail(
    attribute,
    'not-a-number',
    `\`${attribute}\` must be a whole number; got ${quote(text)}.${range ? ' Size ranges are for quizzes: an `rnn-quiz` draws its sizes from them, one variant per page.' : ''}`
  )
}

/**
 * Read a list of layer sizes: `64,32`, `[64, 32]` or a single number. Every
 * entry must be a whole number of at least 1; empty entries are refused.
 */
export function readIntegerList(
  attribute: string,
  raw: DescriptionValue,
  layers: {readonly example: string; readonly layer: string} = {example: '64,32', layer: 'layer'}
): Reading<readonly number[]> {
  if (typeof raw === 'number') {
    const one = readInteger(attribute, raw, 1)
    return one.ok ? {ok: true, value: [one.value]} : one
  }

  if (typeof raw === 'string' && raw.trim() === '') {
    return fail(
      attribute,
      'empty-value',
      `\`${attribute}\` needs a value, such as \`${attribute}=5\` or \`${attribute}=${layers.example}\`.`
    )
  }

  const entries: readonly DescriptionValue[] =
    typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [raw as DescriptionValue]

  if (entries.length > limits.layers) {
    return fail(
      attribute,
      'out-of-range',
      `\`${attribute}\` lists ${entries.length} layers; at most ${limits.layers} stacked layers are supported.`
    )
  }

  const values: number[] = []
  let start = 0
  for (const [index, entry] of entries.entries()) {
    // Where this entry stands in the text, for a problem about it alone.
    const span = typeof entry === 'string' ? trimmedSpan(entry, start) : undefined
    if (typeof entry === 'string') start += entry.length + 1
    if (typeof entry === 'string' && entry.trim() === '') {
      return withSpan(
        fail(
          attribute,
          'empty-value',
          `\`${attribute}\` has an empty entry (${layers.layer} ${index + 1}); write one size per layer, such as \`${attribute}=${layers.example}\`.`
        ),
        span
      )
    }

    const one = readInteger(attribute, entry, 1)
    if (!one.ok) return entries.length > 1 ? withSpan(one, span) : one
    values.push(one.value)
  }

  return {ok: true, value: values}
}

/** An entry's text without the spaces around it, as offsets in the whole text (`start`: where the entry begins). */
function withSpan(
  reading: Reading<never>,
  span: readonly [number, number] | undefined
): Reading<never> {
  return reading.ok || span === undefined
    ? reading
    : {ok: false, problem: {...reading.problem, span}}
}

/** Read `true` or `false`; a bare attribute (`{bidirectional}`) means true. */
export function readBoolean(attribute: string, raw: DescriptionValue): Reading<boolean> {
  if (typeof raw === 'boolean') return {ok: true, value: raw}
  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase()
    if (text === '' || text === 'true') return {ok: true, value: true}
    if (text === 'false') return {ok: true, value: false}
    const suggestion = closest(text, ['true', 'false'])
    return fail(
      attribute,
      'invalid-boolean',
      `\`${attribute}\` must be \`true\` or \`false\`, not ${quote(raw)}.${didYouMean(suggestion)}`,
      suggestion
    )
  }

  return fail(attribute, 'invalid-boolean', `\`${attribute}\` must be \`true\` or \`false\`.`)
}

/** Read one of a fixed set of words, suggesting the nearest on a typo. */
export function readChoice<T extends string>(
  attribute: string,
  raw: DescriptionValue,
  choices: readonly T[]
): Reading<T> {
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  const found = choices.find((choice) => choice === text)
  if (found !== undefined) return {ok: true, value: found}

  const list = choices.map((choice) => `\`${choice}\``).join(', ')
  if (text === '') {
    return fail(attribute, 'empty-value', `\`${attribute}\` needs a value: one of ${list}.`)
  }

  const suggestion = closest(text, choices)
  return fail(
    attribute,
    'invalid-choice',
    `\`${attribute}\` must be one of ${list}, not ${quote(String(raw))}.${didYouMean(suggestion)}`,
    suggestion
  )
}

/**
 * Read the dense layers' sizes: a list like `units` (`64,1`, `[64, 1]`, `3`),
 * where `0` alone (or an empty list) means no dense layer at all. A `0`
 * among other sizes is refused: a dense layer needs at least one node.
 */
export function readDenseSizes(
  attribute: string,
  raw: DescriptionValue
): Reading<readonly number[]> {
  if (raw === 0 || (typeof raw === 'string' && raw.trim() === '0')) return {ok: true, value: []}
  if (Array.isArray(raw) && (raw.length === 0 || (raw.length === 1 && raw[0] === 0))) {
    return {ok: true, value: []}
  }

  const entries = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [raw]
  const zero = entries.findIndex((entry) => String(entry).trim() === '0')
  if (entries.length > 1 && zero >= 0) {
    return fail(
      attribute,
      'out-of-range',
      `\`${attribute}\` has 0 nodes in dense layer ${zero + 1}: every dense layer needs at least one; write \`${attribute}=0\` alone for no dense layer.`
    )
  }

  return readIntegerList(attribute, raw, {example: '64,1', layer: 'dense layer'})
}
