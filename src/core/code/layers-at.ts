import type {CodeBreakdown, CodeLayer, CodeModule} from './code-breakdown.js'
import type {Span} from './code-problem.js'

const sameSpan = (a: Span, b: Span) => a.from === b.from && a.to === b.to

/**
 * The constructor call at an offset into the code: the innermost call
 * whose text holds it, else the one that starts on its line and holds every
 * other starting there (a line that starts two layers,
 * `nn.Sequential(nn.GRU(2, 3), nn.Linear(3, 1))`, names neither until the
 * cursor is on one; of its modules, it names the Sequential).
 */
function callAt(located: readonly Span[], code: string, offset: number): Span | undefined {
  const holding = located.filter((span) => span.from <= offset && offset <= span.to)
  const [innermost] = holding.sort((a, b) => a.to - a.from - (b.to - b.from))
  if (innermost) return innermost
  const start = code.lastIndexOf('\n', offset - 1) + 1
  const next = code.indexOf('\n', offset)
  const end = next === -1 ? code.length : next
  const starting = located.filter((span) => span.from >= start && span.from <= end)
  return starting.find((outer) =>
    starting.every((span) => outer.from <= span.from && span.to <= outer.to)
  )
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

/** A module the code constructs at an offset, with the layers of its subtree. */
export interface ModuleAt {
  readonly module: CodeModule
  readonly layers: readonly CodeLayer[]
  /** The other modules the same call builds (a helper module inside one used twice). */
  readonly others: readonly CodeModule[]
}

const inside = (layer: CodeLayer, path: string) =>
  layer.name === path || layer.name.startsWith(`${path}.`)

/**
 * PyTorch: the module (not the model itself) the code constructs at an
 * offset, for a call that constructs no layer of its own
 * (`self.attention = Attention(h)`, whose class holds the Linear layers,
 * or `nn.Sequential(…)`): its subtree's layers. Ask layersAt first.
 */
export function moduleAt(
  breakdown: CodeBreakdown,
  code: string,
  offset: number
): ModuleAt | undefined {
  const located = (breakdown.modules ?? []).filter(
    (module): module is CodeModule & {source: Span} => module.source !== undefined
  )
  const call = callAt(
    located.map((module) => module.source),
    code,
    offset
  )
  const [module, ...others] = call ? located.filter((each) => sameSpan(each.source, call)) : []
  if (!module) return undefined
  const layers = breakdown.layers.filter((layer) => inside(layer, module.path))
  return {module, layers, others}
}
