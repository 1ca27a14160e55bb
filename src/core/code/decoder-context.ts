import type {Framework} from '../description.js'
import type {CodeBreakdown, CodeTerm} from './code-breakdown.js'

// A decoder that reads its embedding joined with a context (the encoder's
// state, an attention's output) has a recurrent input kernel as wide as both.
// The breakdown keeps no graph, so the join is recognised by its widths: the
// kernel's input width is an embedding's width plus a recurrent state's.

const recurrentTypes: ReadonlySet<string> = new Set(
  ['SimpleRNN', 'RNN', 'LSTM', 'GRU'].flatMap((type) => [type, `${type}Cell`])
)

/** Keras's `kernel`; PyTorch's `weight_ih_l0` (and `_reverse`), a cell's `weight_ih`. */
const inputKernel = /^(kernel|weight_ih(_l0)?(_reverse)?)$/
const stateKernel = /^(recurrent_kernel|weight_hh(_l\d+)?(_reverse)?)$/

/** The width a kernel reads or a table holds: Keras writes it first (rows), PyTorch last (columns). */
const widthOf = (framework: Framework, term: CodeTerm, keras: number) =>
  (framework === 'keras' ? term.shape[keras] : term.shape.at(-1)) as number

/** The input kernels of recurrent layers whose input is an embedding and a context, each with the embedding's width alone. */
export function decoderInputs(right: CodeBreakdown): Map<CodeTerm, number> {
  const typeOf = new Map(right.layers.map((layer) => [layer.name, layer.type]))
  const recurrent = right.terms.filter((term) =>
    recurrentTypes.has(typeOf.get(term.layer) as string)
  )
  const embeddings = right.terms
    .filter(
      (term) => typeOf.get(term.layer) === 'Embedding' && /^(embeddings|weight)$/.test(term.name)
    )
    .map((term) => widthOf(right.framework, term, 1))
  const states = new Set(
    recurrent
      .filter((term) => stateKernel.test(term.name))
      .map((term) => widthOf(right.framework, term, 0))
  )
  const found = new Map<CodeTerm, number>()
  for (const term of recurrent.filter((candidate) => inputKernel.test(candidate.name))) {
    const width = widthOf(right.framework, term, 0)
    const embedding = embeddings
      .filter((candidate) => candidate < width && states.has(width - candidate))
      .sort((a, b) => b - a)[0]
    if (embedding !== undefined) found.set(term, embedding)
  }
  return found
}
