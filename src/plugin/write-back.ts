import type {Directives} from 'mdast-util-directive'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {RnnBlock, RnnInline} from '../render/index.js'
import {writtenBack} from './directive-source.js'
import type {ModelRegistry} from './models.js'

/**
 * Decides which directives Markdown output writes back as their source
 * instead of their expansion, so that processing the output again reports
 * the same problems: every directive with a message, and every directive
 * defining a model that one of those uses (else the written-back page would
 * refer to a model it no longer defines).
 */
export interface WriteBack {
  /** Record what a directive became; one with problems keeps its source. */
  readonly expanded: (node: Directives, replacement: RnnBlock | RnnInline, broken: boolean) => void
  /** Keep the source of a directive (and of the models it depends on). */
  readonly keep: (node: Node) => void
}

export function createWriteBack(file: VFile, models: ModelRegistry): WriteBack {
  const replacements = new Map<Node, RnnBlock | RnnInline>()
  const kept = new Set<Node>()

  function keep(node: Node): void {
    if (kept.has(node)) return
    kept.add(node)
    const replacement = replacements.get(node)
    const source = writtenBack(file, node)
    if (replacement && source !== undefined) replacement.data = {...replacement.data, rnnSource: source}
    const used = (node as Directives).attributes?.model?.trim()
    const model = used ? models.get(used) : undefined
    if (model && model.node !== node) keep(model.node)
  }

  return {
    expanded(node, replacement, broken) {
      replacements.set(node, replacement)
      if (broken) keep(node)
    },
    keep
  }
}
