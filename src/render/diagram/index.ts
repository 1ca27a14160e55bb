import type {Element} from 'hast'
import type {Breakdown} from '../../core/index.js'
import type {RnnHtml} from '../nodes.js'
import type {NumberFormat} from '../number-format.js'
import {formatCount} from '../number-format.js'
import type {SolutionStrings} from '../strings.js'
import {fillTemplate} from '../strings.js'
import {diagramDescription, diagramTitle} from './describe.js'
import {foldedEncoderDecoder, unrolledEncoderDecoder} from './encoder-decoder-layout.js'
import {foldedSection} from './folded-layout.js'
import type {Section} from './items.js'
import type {LabelContext} from './labels.js'
import {diagramModel, encoderDecoderModels} from './model.js'
import {compose} from './scene.js'
import {summaryLines, summarySection, summaryWidth} from './summary-layout.js'
import {sceneSvg} from './svg.js'
import {unrolledSection} from './unrolled-layout.js'

/** Where a diagram sits on its page. */
export interface DiagramPlacement {
  /** Unique on the page: the ids of the title and description start with it. */
  readonly id: string
  /**
   * Whether this diagram carries the diagrams' stylesheet. A page needs it
   * once, in its first diagram: it styles all of them.
   * @default true
   */
  readonly stylesheet?: boolean | undefined
}

export interface DiagramSettings extends DiagramPlacement {
  readonly strings: SolutionStrings
  readonly format: NumberFormat
}

/** Narrowest picture: keeps the caption and the sums from wrapping into a thin column. */
const minimumWidth = 300
/** The picture widens for a line of sums up to this width; longer sums show just their result. */
const maximumSumWidth = 480

/**
 * The network as an SVG element (hast): the folded network with every
 * matrix labelled by symbol, shape and count, the network unrolled over
 * three time steps, and the subtotals and total. Every number comes from the
 * breakdown. Same breakdown and settings, same tree.
 */
export function diagramSvg(breakdown: Breakdown, settings: DiagramSettings): Element {
  return drawDiagram(
    breakdown,
    settings,
    diagramTitle(breakdown, settings.strings, settings.format)
  )
}

/** The folded and the unrolled picture: of the one stack, or of an encoder beside its decoder. */
function sections(
  breakdown: Breakdown,
  settings: Pick<LabelContext, 'strings' | 'format'>
): {readonly folded: Section; readonly unrolled: Section} {
  if (breakdown.description.decoder === null) {
    const model = diagramModel(breakdown)
    return {
      folded: foldedSection(model, {...settings, gates: model.gates}),
      unrolled: unrolledSection(model)
    }
  }

  const {encoder, decoder} = encoderDecoderModels(breakdown)
  const headings = {
    encoder: settings.strings.diagramEncoder,
    decoder: settings.strings.diagramDecoder
  }
  return {
    folded: foldedEncoderDecoder(encoder, decoder, {...settings, gates: encoder.gates}, headings),
    unrolled: unrolledEncoderDecoder(encoder, decoder)
  }
}

/** The SVG with its `<title>` already worked out (the block needs the title too). */
function drawDiagram(breakdown: Breakdown, settings: DiagramSettings, title: string): Element {
  const {strings, format, id} = settings
  const {folded, unrolled} = sections(breakdown, {strings, format})
  const sums = summaryLines(breakdown, strings, format)
  const scene = compose(
    [
      {
        heading: strings.diagramFolded,
        section: () => folded,
        caption: breakdown.description.decoder ? strings.diagramHandOver : undefined,
        width: folded.width
      },
      {
        heading: strings.diagramUnrolled,
        section: () => unrolled,
        caption: fillTemplate(strings.diagramShared, {total: formatCount(breakdown.total, format)}),
        width: unrolled.width
      },
      {
        section: (width) => summarySection(sums, width),
        width: summaryWidth(sums, maximumSumWidth)
      }
    ],
    minimumWidth
  )

  return sceneSvg(scene, {
    id,
    title,
    description: diagramDescription(breakdown, strings, format),
    stylesheet: settings.stylesheet !== false
  })
}

/**
 * The diagram as an mdast node: a `div.rnn-diagram` holding the SVG in HTML,
 * nothing in Markdown (an SVG is not Markdown; `remark-rnn render` writes it
 * to a file and links it instead).
 */
export function diagramBlock(breakdown: Breakdown, settings: DiagramSettings): RnnHtml {
  const title = diagramTitle(breakdown, settings.strings, settings.format)
  const svg = drawDiagram(breakdown, settings, title)
  return {
    type: 'rnnHtml',
    children: [],
    diagram: {title},
    data: {hName: 'div', hProperties: {className: ['rnn-diagram']}, hChildren: [svg]}
  }
}
