import type {CodeBreakdown} from '../../core/code/index.js'
import {codeNetwork} from '../../core/code/index.js'
import type {RnnHtml} from '../nodes.js'
import {formatCount} from '../number-format.js'
import {fillTemplate} from '../strings.js'
import {codeGraphSection} from './code-graph-layout.js'
import {codeNodes} from './code-nodes.js'
import type {DiagramSettings} from './index.js'
import {moduleTreeSection} from './module-tree-layout.js'
import {compose} from './scene.js'
import {sceneSvg} from './svg.js'

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
  const svg = sceneSvg(scene, {
    id,
    title,
    description: `${nodes.map((node) => node.words).join('; ')}.`,
    stylesheet: settings.stylesheet !== false
  })
  return {
    type: 'rnnHtml',
    children: [],
    diagram: {title},
    data: {hName: 'div', hProperties: {className: ['rnn-diagram']}, hChildren: [svg]}
  }
}
