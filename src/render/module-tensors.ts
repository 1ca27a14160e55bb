import type {CodeBreakdown, CodeModule, CodeTerm} from '../core/code/index.js'

// A PyTorch module's tensors as `named_parameters()` lists them: its own,
// and the tied ones it holds under another module's name.

/** Whether a full parameter name (`decoder.weight`) lies inside a module's path. */
const inside = (id: string, path: string) => path === '' || id.startsWith(`${path}.`)

/** The module a tied name belongs to: the deepest whose path it starts with (the tree lists parents first). */
function ownerOf(id: string, modules: readonly CodeModule[]): string {
  return (modules.filter((module) => inside(id, module.path)).at(-1) as CodeModule).path
}

const shapeText = (term: CodeTerm) => `[${term.shape.join(', ')}]`

/** The tensors a module holds that another module owns: `weight [100, 8] = encoder.weight`. */
export function tiedTensorTexts(breakdown: CodeBreakdown, path: string): string[] {
  // A PyTorch model always has its module tree: the root at least.
  const modules = breakdown.modules as readonly CodeModule[]
  return breakdown.terms.flatMap((term) =>
    (term.tiedTo ?? [])
      .filter((id) => ownerOf(id, modules) === path)
      // Its name inside the module: `decoder.weight` in `decoder` is `weight`.
      .map((id) => `${id.slice(path.length).replace(/^\./, '')} ${shapeText(term)} = ${term.id}`)
  )
}

/** A layer's or module's tensors with their shapes (`weight [100, 8]`), the tied ones after its own. */
export function tensorTexts(breakdown: CodeBreakdown, path: string): string[] {
  const own = breakdown.terms
    .filter((term) => term.layer === path)
    .map((term) => `${term.name} ${shapeText(term)}`)
  return breakdown.framework === 'pytorch' ? [...own, ...tiedTensorTexts(breakdown, path)] : own
}

/** What `module.parameters()` counts: every tensor it holds, a tied one once. */
export function subtreeCount(breakdown: CodeBreakdown, path: string): number {
  return breakdown.terms
    .filter((term) => [term.id, ...(term.tiedTo ?? [])].some((id) => inside(id, path)))
    .reduce((sum, term) => sum + term.count, 0)
}
