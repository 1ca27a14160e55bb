import type {Factor, Formula} from './breakdown.js'

const subscriptDigits = '₀₁₂₃₄₅₆₇₈₉'

/** A named size such as `n`, `h` or `h₂` (layer 2 of a stack). */
export function sizeFactor(letter: string, value: number, layer?: number): Factor {
  if (layer === undefined) return {latex: letter, text: letter, value}
  const digits = String(layer)
  return {
    latex: `${letter}_{${digits}}`,
    text: letter + [...digits].map((digit) => subscriptDigits[Number(digit)]).join(''),
    value
  }
}

/** A plain multiplier such as the gate count 4 of an LSTM. */
export function constantFactor(value: number): Factor {
  return {latex: String(value), text: String(value), value}
}

/** A product of factors, written in symbols and in numbers. */
export function productFormula(factors: readonly Factor[]): Formula {
  const symbols = factors.map((factor) => factor.text).join('·')
  const numbers = factors.map((factor) => String(factor.value)).join('·')
  return {
    factors,
    symbolic: factors.map((factor) => factor.latex).join(' \\cdot '),
    numeric: factors.map((factor) => String(factor.value)).join(' \\cdot '),
    text: symbols === numbers ? numbers : `${symbols} = ${numbers}`
  }
}
