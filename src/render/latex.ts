import type {Breakdown, Term, TermPart} from '../core/index.js'
import {groupSums, totalSum} from './group-sums.js'
import type {NumberFormat} from './number-format.js'
import {formatCountLatex} from './number-format.js'
import {groupedByPart, partLabel, partSums, partSumTexts} from './part-sums.js'
import type {SolutionStrings} from './strings.js'

/** Text for `\text{}`: only letters, digits, spaces and plain punctuation reach TeX. */
export function latexText(value: string): string {
  return `\\text{${value.replace(/[^\p{L}\p{N} .,:;()\-–'’]/gu, '')}}`
}

const aligned = (lines: readonly string[]) =>
  ['\\begin{aligned}', lines.join(' \\\\\n'), '\\end{aligned}'].join('\n')

/**
 * The worked derivation: each term's formula in symbols, the numbers
 * substituted, its count, then the seed's grouped total
 * (`= 20 + (25 + 5) + (15 + 3) = 68`). A network grouped by part (a decoder,
 * hidden dense layers) gets each part's subtotal after its terms, and the
 * total as the sum of the parts.
 */
export function derivationLatex(
  breakdown: Breakdown,
  strings: SolutionStrings,
  format: NumberFormat
): string {
  const number = (value: number) => formatCountLatex(value, format)
  const line = (term: Term) => {
    const {symbolic, factors} = term.formula
    const numeric = factors.map((factor) => number(factor.value)).join(' \\cdot ')
    // `n \cdot h = 4 \cdot 5 = 20`, but `h = 5` for a single factor.
    const steps = factors.length > 1 ? [symbolic, numeric, number(term.count)] : [symbolic, numeric]
    return `\\#${term.symbol} &= ${steps.join(' = ')}`
  }

  const totalText = latexText(strings.totalSymbol)
  if (!groupedByPart(breakdown)) {
    const sums = groupSums(breakdown)
    const total = `${totalText} &= ${totalSum(sums, number, ' + ')} = ${number(breakdown.total)}`
    return aligned([...breakdown.terms.map(line), total])
  }

  const {parts, total} = partSumTexts(breakdown, strings, number)
  const lines = parts.flatMap(({part, label, sum, subtotal}) => [
    ...part.terms.map(line),
    `${latexText(label)} &= ${sum ? `${sum} = ` : ''}${subtotal}`
  ])
  return aligned([...lines, `${totalText} &= ${total} = ${number(breakdown.total)}`])
}

const space = (rows: number, columns: number) => `\\in \\mathbb{R}^{${rows} \\times ${columns}}`

/** The input vector's symbol as TeX takes it: `x_t`, or `x` when the locale's has no letters TeX can take. */
function vectorName(strings: SolutionStrings): string {
  return strings.inputVector.replace(/[^A-Za-z0-9_]/g, '') || 'x'
}

/** `\text{the embedding of token }w_t`: the sentence around the token's symbol. */
function embeddedNote(strings: SolutionStrings, token: string): string {
  return strings.embeddedVector
    .split('{token}')
    .map((piece) => (piece ? latexText(piece) : ''))
    .join(token)
}

/**
 * The vector a stack reads: `x_t ∈ R^{1×n}`, named as an embedding's row
 * of the token `w_t` when an Embedding turns tokens into it.
 */
function vectorLine(
  name: string,
  token: string,
  width: number,
  embedded: boolean,
  strings: SolutionStrings
): string {
  const note = embedded ? ` \\quad ${embeddedNote(strings, token)}` : ''
  return `${name} &${space(1, width)}${note}`
}

/**
 * The shapes view: every weight and bias as a real matrix, each stack's
 * input vector before its first matrices (after its embedding, which
 * makes it). A network grouped by part has a heading per part.
 */
export function shapesLatex(breakdown: Breakdown, strings: SolutionStrings): string {
  const d = breakdown.description
  const name = vectorName(strings)
  const matrix = (term: Term) => `${term.symbol} &${space(term.shape.rows, term.shape.columns)}`
  const embeddingOf = (stack: 'encoder' | 'decoder') =>
    breakdown.terms.filter(
      (term) => term.kind === 'embedding-weights' && (term.stack ?? 'encoder') === stack
    )
  const stackLines = (
    stack: 'encoder' | 'decoder',
    terms: readonly Term[],
    withEmbedding: boolean
  ): string[] => {
    const decoder = stack === 'decoder'
    const width = decoder ? (d.decoder?.inputs ?? d.inputs) : d.inputs
    const embedded = embeddingOf(stack)
    return [
      ...(withEmbedding ? embedded.map(matrix) : []),
      vectorLine(
        decoder ? `${name}^{(\\mathrm{dec})}` : name,
        decoder ? 'w_t^{(\\mathrm{dec})}' : 'w_t',
        width,
        embedded.length > 0,
        strings
      ),
      ...terms.filter((term) => term.kind !== 'embedding-weights').map(matrix)
    ]
  }

  if (!groupedByPart(breakdown)) {
    const recurrent = breakdown.terms.filter((term) => term.part !== 'head')
    const head = breakdown.terms.filter((term) => term.part === 'head')
    // The embedding first: the vector it makes follows it.
    return aligned([...stackLines('encoder', recurrent, true), ...head.map(matrix)])
  }

  const heading = (part: TermPart) => `&${latexText(partLabel(part, breakdown, strings))}`
  const lines = partSums(breakdown).flatMap((sum) => {
    if (sum.part === 'embedding' || sum.part === 'head')
      return [heading(sum.part), ...sum.terms.map(matrix)]
    const stack = sum.part === 'decoder' ? 'decoder' : 'encoder'
    return [heading(sum.part), ...stackLines(stack, sum.terms, false)]
  })
  return aligned(lines)
}
