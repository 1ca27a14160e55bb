import type {CodeBreakdown, CodeLayer} from './code-breakdown.js'
import type {Span} from './code-problem.js'

const sameSpan = (a: Span, b: Span) => a.from === b.from && a.to === b.to

/**
 * The constructor call at an offset into the code: the innermost layer call
 * whose text holds it, else the only one that starts on its line (a line
 * that starts two, `nn.Sequential(nn.GRU(2, 3), nn.Linear(3, 1))`, names
 * neither until the cursor is on one).
 */
function callAt(located: readonly Span[], code: string, offset: number): Span | undefined {
  const holding = located.filter((span) => span.from <= offset && offset <= span.to)
  const [innermost] = holding.sort((a, b) => a.to - a.from - (b.to - b.from))
  if (innermost) return innermost
  const start = code.lastIndexOf('\n', offset - 1) + 1
  const next = code.indexOf('\n', offset)
  const end = next === -1 ? code.length : next
  const starting = located.filter((span) => span.from >= start && span.from <= end)
  const [first] = starting
  return first && starting.every((span) => sameSpan(span, first)) ? first : undefined
}

/**
 * The layers the code constructs at an offset (its constructor's line or
 * call text), in the model's order: one, or every instance when one call
 * builds several (a layer inside a helper module used twice, a loop or a
 * comprehension). None elsewhere, where the whole model is meant.
 */
export function layersAt(breakdown: CodeBreakdown, code: string, offset: number): CodeLayer[] {
  const located = breakdown.layers.filter(
    (layer): layer is CodeLayer & {source: Span} => layer.source !== undefined
  )
  const call = callAt(
    located.map((layer) => layer.source),
    code,
    offset
  )
  return call ? located.filter((layer) => sameSpan(layer.source, call)) : []
}
