import type {CodeBreakdown} from '../../core/code/index.js'
import {codeNetwork} from '../../core/code/index.js'
import type {RnnHtml} from '../nodes.js'
import {formatCount} from '../number-format.js'
import {fillTemplate} from '../strings.js'
import {codeGraphSection} from './code-graph-layout.js'
import {codeNodes} from './code-nodes.js'
import {element as s} from './element.js'
import type {DiagramSettings} from './index.js'
import {moduleTreeSection} from './module-tree-layout.js'
import {compose} from './scene.js'
import {diagramStylesheet} from './style.js'
import {sceneElements} from './svg.js'
import {fontSize} from './text-metrics.js'

/** viewBox units to CSS pixels, as the attribute form's diagram. */
const naturalScale = 1.25
const minimumWidth = 300

/**
 * A model read from code as an SVG (hast) in an mdast node: Keras's layers
 * as a graph (one box per layer with its count, an arrow per tensor read,
 * branches side by side) or PyTorch's module tree; titled with the model
 * and its total, described layer by layer for screen readers. Nothing in
 * Markdown: `remark-rnn render` writes the SVG beside the page.
 */
export function codeDiagramBlock(breakdown: CodeBreakdown, settings: DiagramSettings): RnnHtml {
  const {strings, format, id} = settings
  const title = fillTemplate(strings.diagramTitle, {
    network: codeNetwork(breakdown),
    total: formatCount(breakdown.total, format)
  })
  const nodes = codeNodes(breakdown, strings.code, format)
  const section =
    breakdown.framework === 'keras' ? codeGraphSection(nodes) : moduleTreeSection(nodes)
  const scene = compose(
    [
      {
        section: () => section,
        caption: `${title}.`,
        width: section.width
      }
    ],
    minimumWidth
  )
  const svg = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: ['rnn-diagram-svg'],
      viewBox: `0 0 ${scene.width} ${scene.height}`,
      width: Math.round(scene.width * naturalScale),
      height: Math.round(scene.height * naturalScale),
      fontSize: fontSize.main,
      role: 'img',
      ariaLabelledBy: [`${id}-title`, `${id}-desc`]
    },
    [
      s('title', {id: `${id}-title`}, title),
      s('desc', {id: `${id}-desc`}, `${nodes.map((node) => node.words).join('; ')}.`),
      ...(settings.stylesheet === false ? [] : [s('style', {}, diagramStylesheet)]),
      s('rect', {className: ['rnn-d-bg'], width: scene.width, height: scene.height, rx: 8}),
      ...sceneElements(scene.items)
    ]
  )
  return {
    type: 'rnnHtml',
    children: [],
    diagram: {title},
    data: {hName: 'div', hProperties: {className: ['rnn-diagram']}, hChildren: [svg]}
  }
}
