import type {FoldedSection} from './folded-layout.js'
import {foldedSection} from './folded-layout.js'
import type {EdgeItem, Item, Section} from './items.js'
import {moved} from './items.js'
import type {LabelContext} from './labels.js'
import type {DiagramModel} from './model.js'
import {stackLines} from './stack-text.js'
import {plain} from './text-metrics.js'
import type {UnrolledSection} from './unrolled-layout.js'
import {unrolledSection} from './unrolled-layout.js'

/** Room between the two columns for the hand-over lines, and per layer. */
const channel = 36
const channelPerLayer = 10
/** How far a hand-over line rises above the encoder's state before it turns to the decoder. */
const rise = 8

interface Headings {
  readonly encoder: string
  readonly decoder: string
}

/** Two columns side by side, bottoms level (the inputs at the bottom), each under its heading. */
function columns(
  encoder: Section,
  decoder: Section,
  layers: number,
  headings: Headings
): {
  readonly items: Item[]
  readonly width: number
  readonly height: number
  readonly encoderAt: readonly [number, number]
  readonly decoderAt: readonly [number, number]
} {
  const items: Item[] = []
  const gap = channel + layers * channelPerLayer
  const decoderX = encoder.width + gap
  const encoderHeading = stackLines([plain(headings.encoder)], ['heading'], 0, 0)
  const decoderHeading = stackLines([plain(headings.decoder)], ['heading'], decoderX, 0)
  items.push(...encoderHeading.items, ...decoderHeading.items)
  const top = Math.max(encoderHeading.height, decoderHeading.height) + 12

  const height = Math.max(encoder.height, decoder.height)
  const encoderAt = [0, top + height - encoder.height] as const
  const decoderAt = [decoderX, top + height - decoder.height] as const
  items.push(...encoder.items.map((item) => moved(item, ...encoderAt)))
  items.push(...decoder.items.map((item) => moved(item, ...decoderAt)))
  return {items, width: decoderX + decoder.width, height: top + height, encoderAt, decoderAt}
}

/**
 * The folded encoder–decoder: the encoder on the left (its labels on its
 * left), the decoder beside it with the head, and for every layer a line
 * from the encoder's state to the decoder's that starts from it.
 */
export function foldedEncoderDecoder(
  encoder: DiagramModel,
  decoder: DiagramModel,
  context: LabelContext,
  headings: Headings
): Section {
  const left: FoldedSection = foldedSection(encoder, context, true)
  const right: FoldedSection = foldedSection(decoder, context)
  const placed = columns(left, right, encoder.layers.length, headings)
  const [ex, ey] = placed.encoderAt
  const [dx, dy] = placed.decoderAt
  const lines = left.states.flatMap((from, index): EdgeItem[] => {
    const to = right.states.find((state) => state.layer === from.layer)
    if (!to) return []
    const start = [ex + from.right - 12, ey + from.top] as const
    const turn = ey + from.top - rise
    // Lower layers turn nearer the encoder, so the lines of a stack do not cross each other's ends.
    const x = ex + left.width + channel / 2 + index * channelPerLayer
    const middle = dy + (to.top + to.bottom) / 2
    return [
      {
        kind: 'edge',
        points: [start, [start[0], turn], [x, turn], [x, middle], [dx + to.left, middle]],
        head: true
      }
    ]
  })
  return {
    width: Math.ceil(placed.width),
    height: Math.ceil(placed.height),
    items: [...placed.items, ...lines]
  }
}

/**
 * The unrolled encoder–decoder, the decoder's three steps under the
 * encoder's (side by side they would be twice as wide): each decoder
 * layer's first step fed by the encoder layer's last (the forward
 * direction's, in a bidirectional encoder), a line out of the encoder's
 * last step, down the right, back along the gap and into the decoder from
 * the left.
 */
export function unrolledEncoderDecoder(encoder: DiagramModel, decoder: DiagramModel): Section {
  const top: UnrolledSection = unrolledSection(encoder)
  const bottom: UnrolledSection = unrolledSection(decoder)
  const layers = decoder.layers.length
  const side = rise + layers * channelPerLayer
  const gap = 2 * rise + layers * channelPerLayer
  const decoderAt = [side, top.height + gap] as const
  const right = Math.max(top.width + side, side + bottom.width)
  const lines = bottom.states.flatMap((to, index): EdgeItem[] => {
    const from = top.states.find(
      (state) => state.layer === to.layer && state.direction !== 'backward'
    )
    if (!from) return []
    const outer = (layers - 1 - index) * channelPerLayer
    const x = top.width + rise + outer
    const y = top.height + rise + outer
    const left = side - rise - outer
    const into = decoderAt[1] + to.middle
    return [
      {
        kind: 'edge',
        points: [
          [from.end, from.middle],
          [x, from.middle],
          [x, y],
          [left, y],
          [left, into],
          [decoderAt[0] + to.start, into]
        ],
        head: false
      }
    ]
  })
  return {
    width: Math.ceil(right),
    height: Math.ceil(decoderAt[1] + bottom.height),
    items: [...top.items, ...bottom.items.map((item) => moved(item, ...decoderAt)), ...lines]
  }
}
