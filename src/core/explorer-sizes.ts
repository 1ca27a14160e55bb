import type {DescriptionInput, NetworkDescription} from './description.js'
import {limits} from './description.js'

/** Which size a control sets: a plain size, or one entry of a list. */
export type SizeName =
  | 'inputs'
  | 'units'
  | 'outputs'
  | 'vocab'
  | 'decoder-inputs'
  | 'decoder-vocab'
  | 'proj-size'

/** One size a student may change, with the symbol the formulas use for it. */
export interface ExplorerSize {
  readonly name: SizeName
  /** The entry of `units` or `outputs` (0-based); absent for a single number. */
  readonly index?: number
  /** Plain-text symbol, as in the formulas (`n`, `h₂`, `V′`). */
  readonly symbol: string
  readonly value: number
  /** The smallest value that keeps the network's layout (a vocabulary of 0 would remove its Embedding). */
  readonly min: number
  /** The plugin's cap on any size. */
  readonly max: number
}

const subscripts = '₀₁₂₃₄₅₆₇₈₉'
const subscript = (position: number) =>
  [...String(position)].map((digit) => subscripts[Number(digit)]).join('')

function size(name: SizeName, symbol: string, value: number, index?: number): ExplorerSize {
  return {name, symbol, value, min: 1, max: limits.size, ...(index === undefined ? {} : {index})}
}

/**
 * The sizes of a network a student can change, in the order a page lists
 * them: inputs, each layer's units, each dense layer's nodes, the
 * vocabulary, the decoder's input width and vocabulary, the projection.
 * The decoder's units are not among them: they follow the encoder's.
 */
export function explorerSizes(description: NetworkDescription): ExplorerSize[] {
  const list = (name: 'units' | 'outputs', letter: string, values: readonly number[]) =>
    values.map((value, index) =>
      size(name, values.length > 1 ? letter + subscript(index + 1) : letter, value, index)
    )
  const {decoder} = description
  return [
    size('inputs', 'n', description.inputs),
    ...list('units', 'h', description.units),
    ...list('outputs', 'o', description.outputs),
    ...(description.vocab > 0 ? [size('vocab', 'V', description.vocab)] : []),
    ...(decoder ? [size('decoder-inputs', 'd', decoder.inputs)] : []),
    ...(decoder && decoder.vocab > 0 ? [size('decoder-vocab', 'V′', decoder.vocab)] : []),
    ...(description.projSize > 0 ? [size('proj-size', 'p', description.projSize)] : [])
  ]
}

/**
 * A network as the description an author would write for it, its sizes
 * typed: what an explorer's script starts from and changes one size of.
 * Only what differs from the defaults is written, so no option stands
 * without the one it needs (`merge` without `bidirectional`); the decoder's
 * units are left to follow the encoder's.
 */
export function descriptionInput(description: NetworkDescription): Record<string, unknown> {
  const d = description
  return {
    inputs: d.inputs,
    units: [...d.units],
    outputs: [...d.outputs],
    cell: d.cell,
    framework: d.framework,
    ...(d.bidirectional ? {bidirectional: true, merge: d.merge} : {}),
    ...(d.bias ? {} : {bias: false}),
    ...(d.cell === 'gru' && d.framework === 'keras' ? {'reset-after': d.resetAfter} : {}),
    ...(d.projSize > 0 ? {'proj-size': d.projSize} : {}),
    ...(d.vocab > 0 ? {vocab: d.vocab} : {}),
    ...(d.returnSequences ? {'return-sequences': true} : {}),
    ...(d.timesteps === null ? {} : {timesteps: d.timesteps}),
    ...(d.decoder
      ? {
          'decoder-inputs': d.decoder.inputs,
          ...(d.decoder.vocab > 0 ? {'decoder-vocab': d.decoder.vocab} : {})
        }
      : {})
  }
}

/** The description with one size set to `value`. */
export function withSize(
  input: Readonly<Record<string, unknown>>,
  size: Pick<ExplorerSize, 'name' | 'index'>,
  value: number
): DescriptionInput {
  const changed: Record<string, unknown> = {...input}
  if (size.index === undefined) changed[size.name] = value
  else {
    const entries = [...(input[size.name] as number[])]
    entries[size.index] = value
    changed[size.name] = entries
  }

  return changed as DescriptionInput
}

/** The choices an author may let students change besides the sizes (`vary="cell framework"`). */
export const explorerChoices = ['cell', 'framework', 'bidirectional', 'merge'] as const
export type ExplorerChoice = (typeof explorerChoices)[number]

/**
 * The description with one choice set: a cell, a framework, a merge mode,
 * or both directions (`'true'`) or one (`'false'`). A merge only stands with
 * both directions, as an author writes it.
 */
export function withChoice(
  input: Readonly<Record<string, unknown>>,
  choice: ExplorerChoice,
  value: string
): Record<string, unknown> {
  const changed: Record<string, unknown> = {...input}
  if (choice === 'bidirectional') {
    changed.bidirectional = value === 'true'
    if (value !== 'true') delete changed.merge
  } else if (choice !== 'merge' || input.bidirectional === true) changed[choice] = value
  // A Keras GRU's variant is written only where it applies.
  if (changed.cell !== 'gru' || changed.framework !== 'keras') delete changed['reset-after']
  return changed
}
