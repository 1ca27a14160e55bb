import type {Factor} from '../breakdown.js'
import {constantFactor, sizeFactor} from '../formula.js'
import type {ArgValue, Built, LayerArgs, TensorShape, TensorSpec} from './layer-spec.js'

/** A size with its symbol. */
export const size = (letter: string, value: number): Factor => sizeFactor(letter, value)

/** A gate count or other constant; a factor of 1 is left out of formulas. */
export const times = (value: number): Factor[] => (value === 1 ? [] : [constantFactor(value)])

/** A tensor whose count is the product of `factors`. */
export function tensor(
  name: string,
  shape: readonly number[],
  factors: readonly Factor[],
  trainable = true
): TensorSpec {
  // A scalar (Keras Attention's scale) still counts one.
  return {name, shape, factors: factors.length > 0 ? factors : [constantFactor(1)], trainable}
}

/** An integer argument (the readers have checked it is one). */
export const int = (args: LayerArgs, name: string): number => args[name] as number

export const flag = (args: LayerArgs, name: string): boolean => args[name] === true

/** `3` or `(3, 5)` as a list of `count` integers. */
export function ints(value: ArgValue | undefined, count: number): number[] {
  if (Array.isArray(value)) return value as number[]
  return Array.from({length: count}, () => value as number)
}

/** The last dimension of the first input, when known. */
export function lastWidth(inputs: readonly TensorShape[]): number | null {
  const shape = inputs[0]
  return shape === undefined || shape.length === 0 ? null : (shape.at(-1) ?? null)
}

/** The input shape with its last dimension replaced. */
export function withLast(shape: TensorShape | undefined, width: number | null): TensorShape {
  return [...(shape ?? [null]).slice(0, -1), width]
}

export function failed(reason: string): Built {
  return {ok: false, reason}
}

/** A layer that cannot build because its input's width is not known. */
export function widthUnknown(className: string): Built {
  return {
    ok: false,
    width: true,
    reason: `${className} needs its input's width, which is not known here: give the model an Input(shape=…) or the first layer input_shape=…`
  }
}

export function built(tensors: readonly TensorSpec[], output: TensorShape): Built {
  // A stride or pool of 0, a kernel longer than its input, a reshape that does
  // not divide: sizes no framework would build, never Infinity or NaN shown.
  if (!output.every((d) => d === null || isSize(d)))
    return failed(
      'its output has no whole size with these arguments (a stride or window of 0, a kernel longer than its input, or a shape that does not divide)'
    )
  if (!tensors.every((t) => t.shape.every(isSize)))
    return failed('its weights have no whole size with these arguments')
  return {ok: true, tensors, output}
}

/** A size a framework can build: a whole number, at least 0, held exactly. */
const isSize = (d: number) => Number.isSafeInteger(d) && d >= 0

/** A layer's input width, or the failure that it is missing. */
export function needWidth(inputs: readonly TensorShape[], className: string): number | Built {
  return lastWidth(inputs) ?? widthUnknown(className)
}

/** Keras's own snake case for default names: Conv1D → conv1d, SimpleRNN → simple_rnn. */
export const kerasSnake = (name: string) =>
  name
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
