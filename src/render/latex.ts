import type {Breakdown} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCountLatex} from './number-format.js'
import type {SolutionStrings} from './strings.js'

/** Text for `\text{}`: only letters, digits, spaces and plain punctuation reach TeX. */
export function latexText(value: string): string {
  return `\\text{${value.replace(/[^\p{L}\p{N} .,:;()\-–'’]/gu, '')}}`
}

/**
 * The worked derivation: each term's formula in symbols, the numbers
 * substituted, its count, then the seed's grouped total
 * (`= 20 + (25 + 5) + (15 + 3) = 68`).
 */
export function derivationLatex(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): string {
  const number = (value: number) => formatCountLatex(value, format)
  const lines = breakdown.terms.map((term) => {
    const {symbolic, factors} = term.formula
    const numeric = factors.map((factor) => number(factor.value)).join(' \\cdot ')
    // `n \cdot h = 4 \cdot 5 = 20`, but `h = 5` for a single factor.
    const steps = factors.length > 1 ? [symbolic, numeric, number(term.count)] : [symbolic, numeric]
    return `\\#${term.symbol} &= ${steps.join(' = ')}`
  })

  const sums = groupSums(breakdown)
  const total = `${latexText(strings.totalSymbol)} &= ${totalSum(sums, number, ' + ')} = ${number(breakdown.total)}`
  return ['\\begin{aligned}', [...lines, total].join(' \\\\\n'), '\\end{aligned}'].join('\n')
}

/** The shapes view: the input vector and every weight and bias as a real matrix. */
export function shapesLatex(breakdown: Breakdown, strings: SolutionStrings): string {
  const space = (rows: number, columns: number) => `\\in \\mathbb{R}^{${rows} \\times ${columns}}`
  const lines = [
    `${strings.inputVector.replace(/[^A-Za-z0-9_]/g, '') || 'x'} &${space(1, breakdown.description.inputs)}`,
    ...breakdown.terms.map(
      (term) => `${term.symbol} &${space(term.shape.rows, term.shape.columns)}`
    )
  ]
  return ['\\begin{aligned}', lines.join(' \\\\\n'), '\\end{aligned}'].join('\n')
}
