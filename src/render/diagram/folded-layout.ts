import type {Factor, Term} from '../../core/index.js'
import {formatCount} from '../number-format.js'
import type {BoxSpec} from './boxes.js'
import {boxHeight, boxWidth, drawBox} from './boxes.js'
import type {Item, Section} from './items.js'
import type {LabelBlock, LabelContext} from './labels.js'
import {termLabel} from './labels.js'
import type {DiagramModel, DirectionView, LayerView} from './model.js'
import {concatReader, concatWidthText} from './model.js'
import {blocksHeight, blockWidth, joinText, stackBlocks, stackMarks} from './stack-text.js'
import {stateRuns} from './symbol.js'
import {plain} from './text-metrics.js'

/** A row of the folded picture: boxes (one, or two side by side) or the arrows between rows. */
type Row =
  | {
      readonly kind: 'boxes'
      readonly boxes: readonly BoxSpec[]
      readonly loops: boolean
      readonly labels: readonly LabelBlock[]
    }
  | {readonly kind: 'gap'; readonly labels: readonly LabelBlock[]}

const loopReach = 22
const loopSpace = 26
const directionGap = 28
const labelGap = 22
const minimumGap = 36

/** Layer and direction marks of a state in a stacked or bidirectional network. */
export function stateMarks(model: DiagramModel, layer: number, view: DirectionView): string[] {
  const marks = [...stackMarks(model), ...(model.stacked ? [String(layer)] : [])]
  if (view.direction) marks.push(view.direction === 'forward' ? '→' : '←')
  return marks
}

/** `n = 4`, `V = 10,000`: a size with its symbol, written as the table writes numbers. */
function sizeLine(size: Factor, context: LabelContext) {
  return plain(`${size.text} = ${formatCount(size.value, context.format)}`)
}

function cellBox(
  model: DiagramModel,
  layer: LayerView,
  view: DirectionView,
  context: LabelContext
): BoxSpec {
  const sizes = [layer.units, ...(layer.projection ? [layer.projection] : [])]
  return {
    tone: 'hidden',
    lines: [
      stateRuns('h', 't', stateMarks(model, layer.layer, view)),
      ...sizes.map((size) => sizeLine(size, context))
    ],
    gates: model.gates
  }
}

/** The rows from the output at the top down to the input. */
function rows(model: DiagramModel, context: LabelContext): Row[] {
  const label = (term: Term) => termLabel(term, context)
  const result: Row[] = []
  // The dense layers, the output layer on top: y_t, then z_t^(k) for hidden ones.
  for (const dense of [...model.head].reverse()) {
    const {size, weights, bias} = dense
    const letter = dense.last ? stateRuns('y', 't', []) : stateRuns('z', 't', [String(dense.index)])
    result.push({
      kind: 'boxes',
      boxes: [{tone: 'output', lines: [letter, sizeLine(size, context)], gates: []}],
      loops: false,
      labels: []
    })
    result.push({kind: 'gap', labels: [label(weights), label(bias)]})
  }

  for (const layer of [...model.layers].reverse()) {
    if (model.bidirectional) {
      const reader = concatReader(model, layer.layer)
      // The width 2h is shown where a matrix reads it, so its number is in the table.
      const join = plain(joinText(reader ? model.merge : 'concat'))
      const lines = reader
        ? [
            join,
            plain(
              `${concatWidthText(model, reader)} = ${formatCount(reader.shape.rows, context.format)}`
            )
          ]
        : [join]
      result.push({
        kind: 'boxes',
        boxes: [{tone: 'concat', lines, gates: []}],
        loops: false,
        labels: []
      })
      result.push({kind: 'gap', labels: []})
    }

    const own = layer.directions.flatMap((view) => [
      view.recurrent,
      ...view.biases,
      ...(view.projection ? [view.projection] : [])
    ])
    result.push({
      kind: 'boxes',
      boxes: layer.directions.map((view) => cellBox(model, layer, view, context)),
      loops: true,
      labels: own.map(label)
    })
    result.push({kind: 'gap', labels: layer.directions.map((view) => label(view.input))})
  }

  result.push({
    kind: 'boxes',
    boxes: [
      {
        tone: 'input',
        lines: [stateRuns('x', 't', stackMarks(model)), sizeLine(model.inputs, context)],
        gates: []
      }
    ],
    loops: false,
    labels: []
  })
  // An embedding looks up the input vector of token w_t, one of V.
  if (model.embedding) {
    const {weights, vocabulary} = model.embedding
    result.push({kind: 'gap', labels: [label(weights)]})
    result.push({
      kind: 'boxes',
      boxes: [
        {
          tone: 'concat',
          lines: [stateRuns('w', 't', stackMarks(model)), sizeLine(vocabulary, context)],
          gates: []
        }
      ],
      loops: false,
      labels: []
    })
  }

  return result
}

/** Ports where arrows meet a row of boxes: one x per box, with the box's top and bottom. */
interface Ports {
  readonly xs: readonly number[]
  readonly top: number
  readonly bottom: number
}

/** Arrows up from the lower row's tops to the upper row's bottoms; one box meeting two fans out. */
function arrows(lower: Ports, upper: Ports): Item[] {
  const spread = (ports: Ports, other: Ports) =>
    ports.xs.length === 1 && other.xs.length === 2
      ? [(ports.xs[0] ?? 0) - 10, (ports.xs[0] ?? 0) + 10]
      : ports.xs
  const from = spread(lower, upper)
  const to = spread(upper, lower)
  return from.map(
    (x, index) =>
      ({
        kind: 'edge',
        points: [
          [x, lower.top],
          [to[index] ?? 0, upper.bottom]
        ],
        head: true
      }) as const
  )
}

/** Where a layer's state boxes sit: their outer edges and their top and bottom. */
export interface StatePort {
  readonly layer: number
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

export interface FoldedSection extends Section {
  /** Each recurrent layer's state boxes, first layer first: where an encoder–decoder hands its states over. */
  readonly states: readonly StatePort[]
}

/**
 * The folded network, output at the top: the boxes in a column on the left
 * (two side by side per bidirectional layer, each with its loop), every
 * connection's label in a column on the right, level with what it labels
 * (on the left with `labelsLeft`, as an encoder beside its decoder has them).
 */
export function foldedSection(
  model: DiagramModel,
  context: LabelContext,
  labelsLeft = false
): FoldedSection {
  const all = rows(model, context)
  const cellWidth = Math.max(
    ...all.flatMap((row) => (row.kind === 'boxes' && row.loops ? row.boxes.map(boxWidth) : []))
  )
  const nodeWidth = Math.max(
    ...all.flatMap((row) => (row.kind === 'boxes' && !row.loops ? row.boxes.map(boxWidth) : []))
  )
  const two = model.bidirectional
  const labelWidth = Math.max(0, ...all.flatMap((row) => row.labels.map(blockWidth)))
  // Labels on the left push the boxes right by their column and a gap.
  const shift = labelsLeft ? Math.ceil(labelWidth + labelGap) : 0
  const centre =
    shift +
    (two
      ? Math.max(2 * loopSpace + 2 * cellWidth + directionGap, nodeWidth) / 2
      : Math.max(cellWidth, nodeWidth) / 2)
  const graphic = two ? 2 * centre - shift : centre + cellWidth / 2 + loopSpace
  const offset = (cellWidth + directionGap) / 2
  const labelX = labelsLeft ? 0 : graphic + labelGap

  const items: Item[] = []
  const ports: Array<Ports | undefined> = []
  const states: StatePort[] = []
  let y = 0
  let layer = model.layers.length
  for (const row of all) {
    const labels = blocksHeight(row.labels)
    if (row.kind === 'gap') {
      const height = Math.max(minimumGap, labels + 12)
      items.push(...stackBlocks(row.labels, labelX, y + (height - labels) / 2))
      ports.push(undefined)
      y += height
      continue
    }

    const boxH = Math.max(...row.boxes.map(boxHeight))
    const height = Math.max(boxH, labels)
    const top = y + (height - boxH) / 2
    const xs = row.boxes.length === 2 ? [centre - offset, centre + offset] : [centre]
    row.boxes.forEach((box, index) => {
      const cx = xs[index] ?? centre
      const width = row.loops ? cellWidth : boxWidth(box)
      items.push(...drawBox(box, cx, top, width))
      if (row.loops) {
        const left = two && index === 0
        items.push({
          kind: 'loop',
          x: left ? cx - width / 2 : cx + width / 2,
          from: top + boxH / 2 - 10,
          to: top + boxH / 2 + 10,
          reach: left ? -loopReach : loopReach
        })
      }
    })
    if (row.loops) {
      // Rows run from the top down, so the layers come last first.
      states.unshift({
        layer: layer--,
        left: (xs[0] ?? centre) - cellWidth / 2,
        right: (xs[xs.length - 1] ?? centre) + cellWidth / 2,
        top,
        bottom: top + boxH
      })
    }

    items.push(...stackBlocks(row.labels, labelX, y + (height - labels) / 2))
    ports.push({xs, top, bottom: top + boxH})
    y += height
  }

  // Each gap joins the boxes above and below it.
  ports.forEach((port, index) => {
    const upper = ports[index - 1]
    const lower = ports[index + 1]
    if (port === undefined && upper && lower) items.push(...arrows(lower, upper))
  })

  const width = labelsLeft ? graphic : labelX + labelWidth
  return {width: Math.ceil(width), height: Math.ceil(y), items, states}
}
