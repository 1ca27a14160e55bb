import type {Direction, Factor, Shape, Term, TermGroup, TermKind} from './breakdown.js'
import type {NetworkDescription} from './description.js'
import type {DescribedLayer, LayerLabel} from './description-graph.js'
import {exactProduct} from './exact.js'
import {productFormula} from './formula.js'
import type {TensorSpec} from './layers/layer-spec.js'
import {termId, termName, termSymbol} from './term-labels.js'

/** What the lesson calls a recurrent layer's tensors, by their names in either framework. */
const recurrentKinds: Readonly<Record<string, TermKind>> = {
  kernel: 'input-weights',
  recurrent_kernel: 'recurrent-weights',
  bias: 'recurrent-bias',
  weight_ih: 'input-weights',
  weight_hh: 'recurrent-weights',
  bias_ih: 'input-bias',
  bias_hh: 'recurrent-bias',
  weight_hr: 'projection-weights'
}

const groups: Readonly<Record<TermKind, TermGroup>> = {
  'embedding-weights': 'embedding',
  'input-weights': 'input',
  'recurrent-weights': 'recurrent',
  'recurrent-bias': 'recurrent',
  'input-bias': 'recurrent',
  'projection-weights': 'recurrent',
  'dense-weights': 'dense',
  'dense-bias': 'dense',
  'output-weights': 'output',
  'output-bias': 'output'
}

/**
 * The order the lesson writes a term's sizes in, after its constants (gates,
 * two bias rows): what is read before what is made (`4·n·h`, `n·o`), except
 * the projection, written from the state it shrinks (`h·p`).
 */
const sizeOrder: Readonly<Record<TermKind, readonly string[]>> = {
  'embedding-weights': ['V', 'd'],
  'input-weights': ['n', 'h'],
  'recurrent-weights': ['p', 'h'],
  'recurrent-bias': ['h'],
  'input-bias': ['h'],
  'projection-weights': ['h', 'p'],
  'dense-weights': ['n', 'o'],
  'dense-bias': ['o'],
  'output-weights': ['n', 'o'],
  'output-bias': ['o']
}

/** The tensor's own name, without a Bidirectional's `forward_lstm/` nor PyTorch's `_l0_reverse`. */
const baseName = (name: string) =>
  name.slice(name.lastIndexOf('/') + 1).replace(/_l0(_reverse)?$/, '')

function kindOf(tensor: TensorSpec, label: LayerLabel): TermKind {
  const base = baseName(tensor.name)
  if (label.role === 'embedding') return 'embedding-weights'
  if (label.role === 'recurrent') return recurrentKinds[base] as TermKind
  const weights = base !== 'bias'
  if (label.last) return weights ? 'output-weights' : 'output-bias'
  return weights ? 'dense-weights' : 'dense-bias'
}

/** The tensor's factors in the lesson's symbols and order; constants first, as the spec has them. */
function lessonFactors(tensor: TensorSpec, kind: TermKind, label: LayerLabel): Factor[] {
  const order = sizeOrder[kind]
  const rank = (factor: Factor) => order.indexOf(factor.text) + 1
  return [...tensor.factors]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((factor) => label.sizes[factor.text] ?? [factor])
}

/**
 * The lesson's orientation, inputs down and outputs across (Keras's own);
 * PyTorch stores weights outputs first, but an embedding table as Keras does.
 */
function lessonShape(tensor: TensorSpec, kind: TermKind, pytorch: boolean): Shape {
  const [first = 1, second] = tensor.shape
  if (second === undefined) return {rows: 1, columns: first}
  const transposed = pytorch && kind !== 'embedding-weights'
  return transposed ? {rows: second, columns: first} : {rows: first, columns: second}
}

/** Which direction a tensor of a bidirectional layer runs in, from its framework name. */
function directionOf(tensor: TensorSpec, label: LayerLabel): Direction | undefined {
  if (!label.bidirectional) return undefined
  return /^backward_|_reverse$/.test(tensor.name) ? 'backward' : 'forward'
}

/** The name the lesson shows: a stacked layer's own PyTorch suffix (`weight_ih_l1`), Keras's `kernel`. */
function lessonTensorName(tensor: TensorSpec, label: LayerLabel): string {
  const own = tensor.name.slice(tensor.name.lastIndexOf('/') + 1)
  const layer = label.place.layer
  return layer === undefined ? own : own.replace(/_l0(?=_reverse$|$)/, `_l${layer - 1}`)
}

/**
 * The lesson's terms of the graph's tensors: counts and factors from the
 * layer specs, labels (id, name, symbol, orientation, place) from the lesson.
 */
export function graphTerms(
  layers: readonly DescribedLayer[],
  description: NetworkDescription
): Term[] {
  return layers.flatMap(({tensors, label}) =>
    tensors.map((tensor) => graphTerm(tensor, label, description))
  )
}

function graphTerm(tensor: TensorSpec, label: LayerLabel, description: NetworkDescription): Term {
  const kind = kindOf(tensor, label)
  const direction = directionOf(tensor, label)
  const along = direction === undefined ? {} : {direction}
  const labelPlace = {...label.labelPlace, ...along}
  const place = {...label.place, ...along}
  return {
    id: termId(kind, labelPlace),
    kind,
    name: termName(kind, labelPlace),
    symbol: termSymbol(kind, description.cell, description.framework, labelPlace),
    shape: lessonShape(tensor, kind, description.framework === 'pytorch'),
    formula: productFormula(lessonFactors(tensor, kind, label)),
    count: Number(exactProduct(tensor.factors.map((factor) => factor.value))),
    group: groups[kind],
    part: place.part,
    ...(place.stack === undefined ? {} : {stack: place.stack}),
    ...(place.layer === undefined ? {} : {layer: place.layer}),
    ...(place.dense === undefined ? {} : {dense: place.dense}),
    ...(place.direction === undefined ? {} : {direction: place.direction}),
    tensor: {name: lessonTensorName(tensor, label), shape: tensor.shape}
  }
}
