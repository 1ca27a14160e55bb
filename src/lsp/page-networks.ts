import type {Directives} from 'mdast-util-directive'
import type {CodeBreakdown} from '../core/code/index.js'
import type {Breakdown} from '../core/index.js'
import {solveCodeBlock} from '../directives/code-solution.js'
import {explorerName} from '../directives/directive-names.js'
import {createFileContext} from '../directives/file-context.js'
import type {ModelRegistry} from '../directives/models.js'
import {resolveOptions} from '../directives/options.js'
import {resolveNetwork} from '../directives/resolve-network.js'
import {readVary} from '../directives/vary-attribute.js'
import {modelCode} from '../plugin/expand-code-block.js'
import type {PageAnalysis} from './analyse-page.js'

/** A directive of the page with the network it describes, when it describes one that counts. */
export interface PageNetwork {
  readonly node: Directives
  readonly breakdown: Breakdown | undefined
  /** The model read from code the directive holds or names. */
  readonly code?: CodeBreakdown | undefined
}

const isBlock = (node: Directives) =>
  node.type === 'containerDirective' || node.type === 'leafDirective'

const computed = new WeakMap<PageAnalysis, PageNetwork[]>()

/**
 * Every directive's network, in page order so `model=…` finds the models
 * defined above it, as the plugin resolves them. Worked out once per version
 * of a page, and only when a hover or a completion asks.
 */
export function pageNetworks(analysis: PageAnalysis): readonly PageNetwork[] {
  const known = computed.get(analysis)
  if (known) return known
  const settings = resolveOptions({...analysis.options, solutions: 'hide'})
  const models: ModelRegistry = new Map()
  const context = {...createFileContext(), models}
  const networks = analysis.directives.map((node): PageNetwork => {
    const code = isBlock(node) ? modelCode(node) : undefined
    if (code) {
      const solved = solveCodeBlock(node, code, [], [], context, settings)
      return {node, breakdown: undefined, code: solved.ok ? solved.breakdown : undefined}
    }
    const named = node.attributes?.model ? models.get(node.attributes.model)?.code : undefined
    if (named) return {node, breakdown: undefined, code: named}
    // An explorer's `vary` is its own, not the network's.
    const described = node.name === explorerName ? readVary(node).node : node
    const network = resolveNetwork(described, models, settings)
    return {node, breakdown: network.ok ? network.breakdown : undefined}
  })
  computed.set(analysis, networks)
  return networks
}

/** The innermost directive whose text holds `offset`. */
export function networkAt(analysis: PageAnalysis, offset: number): PageNetwork | undefined {
  let best: PageNetwork | undefined
  for (const network of pageNetworks(analysis)) {
    const position = network.node.position
    if (!position) continue
    const start = position.start.offset ?? 0
    const end = position.end.offset ?? 0
    if (start <= offset && offset <= end) best = network
  }

  return best
}
