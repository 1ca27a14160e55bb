import type {
  DecoderDescription,
  DescriptionAttribute,
  DescriptionInput,
  DescriptionValue,
  NetworkDescription
} from './description.js'
import type {DescriptionProblem} from './problem.js'
import type {Reading} from './read-value.js'
import {readInteger, readIntegerList} from './read-value.js'

/** Reads one attribute, recording its problem; the fallback stands in for a missing or bad value. */
export type AttributeRead = <T>(
  name: DescriptionAttribute,
  fallback: T,
  reader: (raw: DescriptionValue) => Reading<T>
) => T

/**
 * A typed `decoder: {inputs, units, vocab}` (a `NetworkDescription` passed
 * back in) as the three attributes an author writes; `decoder: null` is none.
 */
export function flattenDecoder(input: DescriptionInput): DescriptionInput {
  if (!('decoder' in input)) return input
  const {decoder, ...rest} = input
  if (decoder === null || decoder === undefined) return rest
  if (typeof decoder !== 'object' || Array.isArray(decoder)) return input
  const typed = decoder as DecoderDescription
  return {
    ...rest,
    'decoder-inputs': typed.inputs,
    'decoder-units': typed.units,
    'decoder-vocab': typed.vocab
  }
}

/**
 * The state width the encoder hands the decoder at each layer: its units,
 * doubled when bidirectional (both directions' final states, concatenated,
 * whatever `merge` does to the sequence).
 */
export function handOverWidths(units: readonly number[], bidirectional: boolean): number[] {
  return units.map((width) => (bidirectional ? 2 * width : width))
}

/** Whether an attribute was written with a value (not left out, not `null`). */
export const present = (value: DescriptionValue) => value !== undefined && value !== null

/** The decoder the `decoder-…` attributes describe, or `null` without `decoder-inputs`. */
export function readDecoder(
  given: ReadonlyMap<DescriptionAttribute, DescriptionValue>,
  read: AttributeRead,
  handOver: readonly number[],
  problems: DescriptionProblem[]
): DecoderDescription | null {
  if (!present(given.get('decoder-inputs'))) {
    for (const name of ['decoder-units', 'decoder-vocab'] as const) {
      if (present(given.get(name))) {
        problems.push({
          ruleId: 'missing-attribute',
          attribute: name,
          message: `\`${name}\` describes a decoder, which needs \`decoder-inputs\` too: its input width, such as \`decoder-inputs=16\`.`
        })
      }
    }

    return null
  }

  return {
    inputs: read('decoder-inputs', 1, (raw) => readInteger('decoder-inputs', raw, 1)),
    units: read('decoder-units', handOver, (raw) => readIntegerList('decoder-units', raw)),
    vocab: read('decoder-vocab', 0, (raw) => readInteger('decoder-vocab', raw, 0))
  }
}

/**
 * Decoder layer `i` starts from encoder layer `i`'s final state, so the
 * stacks have as many layers and each decoder layer as many units as that
 * state is wide. Reported once, at the first layer that does not fit.
 */
export function handOverProblems(description: NetworkDescription): DescriptionProblem[] {
  const {decoder, units, bidirectional} = description
  if (decoder === null) return []
  const fits = handOverWidths(units, bidirectional)
  const suggestion = fits.join(',')
  const write = `write \`decoder-units=${suggestion}\`, or leave \`decoder-units\` out.`
  const both = bidirectional ? ' (both directions’ states, concatenated)' : ''

  if (decoder.units.length !== fits.length) {
    return [
      mismatch(
        `The decoder has ${layers(decoder.units.length)} and the encoder ${layers(fits.length)}, but each decoder layer starts from the final state of the encoder layer in the same place: ${write}`,
        suggestion
      )
    ]
  }

  const index = decoder.units.findIndex((width, at) => width !== fits[at])
  if (index < 0) return []
  const layer = index + 1
  return [
    mismatch(
      `Decoder layer ${layer} has ${decoder.units[index]} units, but it starts from encoder layer ${layer}'s final state, which is ${fits[index]} wide${both}: ${write}`,
      suggestion
    )
  ]
}

function layers(count: number): string {
  return count === 1 ? '1 layer' : `${count} layers`
}

function mismatch(message: string, suggestion: string): DescriptionProblem {
  return {ruleId: 'mismatched-state', attribute: 'decoder-units', message, suggestion}
}
