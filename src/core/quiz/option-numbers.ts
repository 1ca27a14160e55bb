import {quote} from '../problem.js'

/** The numbers an option states, or why they cannot be read safely. */
export type OptionReading =
  | {readonly ok: true; readonly values: readonly number[]}
  | {readonly ok: false; readonly reason: string}

// A number: digits, or digit groups of three joined by one separator used
// throughout (`1,234`, `1 234`, `1 234 567` with a narrow or normal space).
const numberPattern = /\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?!\d)|\d+/g

// A minus or plus sign written against a number, at the start or after a space or a bracket
// (`-32`, `(−32)`), not a dash between words or numbers (`12 - 20`, `layer-2`).
const signedPattern = /(?:^|[\s([,;:])([-+\u2212\u2013]\d+)/

/**
 * Read the numbers of an option such as `12, 20`, `12 and 20`, `1,234` or
 * `1 234`. A comma or space followed by exactly three digits groups
 * thousands; when that leaves a different count of numbers than `ask`
 * names, the option is ambiguous and refused with a way to write it.
 */
export function readOptionNumbers(text: string, expected: number): OptionReading {
  if (/\d[.]\d/.test(text)) {
    return {
      ok: false,
      reason: `${quote(text)} has a decimal point; parameter counts are whole numbers (write \`1234\` or \`1,234\`).`
    }
  }

  // A sign read as a word would make `-32` the count 32.
  const signed = signedPattern.exec(text)
  if (signed) {
    return {
      ok: false,
      reason: `${quote(signed[1] ?? '')} has a sign; parameter counts are whole numbers from 0.`
    }
  }

  const values: number[] = []
  const grouped: string[] = []
  for (const match of text.matchAll(numberPattern)) {
    const value = Number(match[0].replace(/\D/g, ''))
    // Beyond 2^53 a number is not read as written (`9007199254740993` would be …992).
    if (!Number.isSafeInteger(value)) {
      return {ok: false, reason: `${quote(match[0])} is too large to read exactly as a count.`}
    }

    values.push(value)
    if (match[1] !== undefined) grouped.push(match[0])
  }

  if (values.length === 0) {
    return {ok: false, reason: `${quote(text)} has no number.`}
  }

  if (values.length !== expected) {
    const hint =
      grouped.length > 0
        ? ` ${quote(grouped[0] ?? '')} reads as one number with a thousands separator; to give separate numbers write them with a comma and a space (\`12, 200\`).`
        : ''
    return {
      ok: false,
      reason: `${quote(text)} gives ${values.length} number${values.length === 1 ? '' : 's'}, but \`ask\` names ${expected}.${hint}`
    }
  }

  return {ok: true, values}
}
