import type {SyntaxNode, Tree} from '@lezer/common'
import {parser} from '@lezer/python'

export type {SyntaxNode} from '@lezer/common'

/**
 * Parse Python; lezer always returns a tree, with error nodes (⚠) where it
 * recovered. The grammar has no `1.` literal, so `1. / n` is parsed as `1.0/ n`:
 * the same length, so every node keeps its offsets in the author's text.
 */
export function parsePython(code: string): Tree {
  return parser.parse(code.replace(/\b(\d+)\.[ \t]/g, '$1.0'))
}

/** The first error node of a tree, if the code does not parse. */
export function firstError(tree: Tree): SyntaxNode | undefined {
  let found: SyntaxNode | undefined
  tree.iterate({
    enter(node) {
      if (found) return false
      if (node.type.isError) found = node.node
      return undefined
    }
  })
  return found
}

const punctuation = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', 'AssignOp'])

/** A node's children that carry meaning (no brackets, commas or keywords' punctuation). */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (!punctuation.has(child.name)) result.push(child)
  }
  return result
}

/** The arguments of a call: positional and keyword (name → value). */
export interface CallArguments {
  readonly positional: readonly SyntaxNode[]
  readonly keywords: ReadonlyMap<string, SyntaxNode>
  /** Positional arguments written `*list`, spread where they stand. */
  readonly spread: ReadonlySet<SyntaxNode>
  /** Dicts written `**kwargs`, spread as keywords. */
  readonly keywordSpread: readonly SyntaxNode[]
}

/** Split an ArgList into positional and keyword arguments. */
export function callArguments(argList: SyntaxNode, code: string): CallArguments {
  const positional: SyntaxNode[] = []
  const keywords = new Map<string, SyntaxNode>()
  const spread = new Set<SyntaxNode>()
  const keywordSpread: SyntaxNode[] = []
  // `f(x for x in xs)`: the argument list is the generator, the call's one argument.
  if (argList.getChild('for')) return {positional: [argList], keywords, spread, keywordSpread}
  for (let child = argList.firstChild; child; child = child.nextSibling) {
    // The grammar puts a value after every `*` and `**` of a call that parsed.
    if (child.name === '**') {
      child = child.nextSibling as SyntaxNode
      keywordSpread.push(child)
      continue
    }
    if (child.name === '*') {
      child = child.nextSibling as SyntaxNode
      spread.add(child)
      positional.push(child)
      continue
    }
    if (punctuation.has(child.name)) continue
    const next = child.nextSibling
    if (child.name === 'VariableName' && next?.name === 'AssignOp' && next.nextSibling) {
      keywords.set(code.slice(child.from, child.to), next.nextSibling)
      child = next.nextSibling
      continue
    }
    positional.push(child)
  }
  return {positional, keywords, spread, keywordSpread}
}
