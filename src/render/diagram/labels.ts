import type {Term} from '../../core/index.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import type {SolutionStrings} from '../strings.js'
import {fillTemplate} from '../strings.js'
import type {Line, TextTone} from './items.js'
import {symbolRuns} from './symbol.js'
import {lineWidth, plain} from './text-metrics.js'

/** A term's label: its lines, how each is coloured, and bars for a bias's rows. */
export interface LabelBlock {
  readonly lines: readonly Line[]
  readonly tones: readonly TextTone[]
  /** Rows of a bias vector drawn as bars before the text (2 for a Keras GRU with `reset_after`). */
  readonly bars: number
}

/** Beyond this width a label puts its shape on a line of its own. */
const oneLineWidth = 250

/** Room the bias bars take before a label's text. */
export const barSpace = 26

export interface LabelContext {
  readonly strings: SolutionStrings
  readonly format: NumberFormat
  readonly gates: readonly string[]
}

const biasKinds: ReadonlySet<Term['kind']> = new Set([
  'recurrent-bias',
  'input-bias',
  'dense-bias',
  'output-bias'
])

/** `4 × 5 = 20` for a matrix; just `5` for a one-row bias, as the seed lesson writes it. */
function shapeText(term: Term, format: NumberFormat): string {
  const count = formatCount(term.count, format)
  if (biasKinds.has(term.kind) && term.shape.rows === 1) return count
  return `${formatCount(term.shape.rows, format)} × ${formatCount(term.shape.columns, format)} = ${count}`
}

/**
 * The label of one connection: symbol, shape and count (on one line when it
 * fits), then for gated matrices the shape of each gate's block, and for a
 * two-row bias what the rows are.
 */
export function termLabel(term: Term, context: LabelContext): LabelBlock {
  const {strings, format, gates} = context
  const symbol = symbolRuns(term.symbol)
  const shape = shapeText(term, format)
  // An en space: SVG would collapse two spaces into one.
  const oneLine: Line = [...symbol, {text: `\u2002${shape}`, shift: 'base'}]
  const lines: Line[] = lineWidth(oneLine) <= oneLineWidth ? [oneLine] : [symbol, plain(shape)]
  const tones: TextTone[] = lines.map(() => 'text')

  const gated =
    gates.length > 0 && (term.kind === 'input-weights' || term.kind === 'recurrent-weights')
  if (gated) {
    const perGate = fillTemplate(strings.diagramPerGate, {
      gates: String(gates.length),
      rows: formatCount(term.shape.rows, format),
      columns: formatCount(term.shape.columns / gates.length, format)
    })
    lines.push(plain(perGate))
    tones.push('muted')
  }

  const bias = biasKinds.has(term.kind)
  if (bias && term.shape.rows === 2) {
    lines.push(plain(strings.diagramBiasRows))
    tones.push('muted')
  }

  return {lines, tones, bars: bias ? term.shape.rows : 0}
}
