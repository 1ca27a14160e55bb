import type {Directives} from 'mdast-util-directive'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {ModelRegistry} from '../directives/models.js'
import type {RnnBlock, RnnInline} from '../render/index.js'
import {writtenBack} from './directive-source.js'

/**
 * Decides which directives Markdown output writes back as their source
 * instead of their expansion, so that processing the output again reports
 * the same problems: every directive with a message; every directive
 * defining a model that a kept one uses or redefines (else the written-back
 * page would refer to a model it no longer defines); and the directives
 * that use a kept model (else it would be reported as unused).
 */
export interface WriteBack {
  /** Record what a directive became (call in document order); one with problems keeps its source. */
  readonly expanded: (node: Directives, replacement: RnnBlock | RnnInline, broken: boolean) => void
  /** Keep the source of a directive, and of the directives it depends on. */
  readonly keep: (node: Node) => void
}

export function createWriteBack(file: VFile, models: ModelRegistry): WriteBack {
  const replacements = new Map<Node, RnnBlock | RnnInline>()
  const users = new Map<Node, Node[]>()
  const kept = new Set<Node>()

  /** The earlier model a name refers to, if another directive defined it. */
  const definedBefore = (name: string | null | undefined, node: Node) => {
    const named = name?.trim() ? models.get(name.trim()) : undefined
    return named && named.node !== node ? named.node : undefined
  }

  function keep(node: Node): void {
    if (kept.has(node)) return
    kept.add(node)
    const replacement = replacements.get(node)
    const source = writtenBack(file, node)
    if (replacement && source !== undefined) replacement.source = source
    const {model, id} = (node as Directives).attributes ?? {}
    for (const name of [model, id]) {
      const defining = definedBefore(name, node)
      if (defining) keep(defining)
    }

    for (const user of users.get(node) ?? []) keep(user)
  }

  return {
    expanded(node, replacement, broken) {
      replacements.set(node, replacement)
      const model = definedBefore(node.attributes?.model, node)
      if (model) users.set(model, [...(users.get(model) ?? []), node])
      // A use of a model already kept is kept too, however it went.
      if (broken || (model && kept.has(model))) keep(node)
    },
    keep
  }
}
