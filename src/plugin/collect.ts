import type {Paragraph, Parent, Root, TableCell} from 'mdast'
import type {Directives} from 'mdast-util-directive'
import {visitParents} from 'unist-util-visit-parents'
import {blockNamePattern, blockNames, inlineNames} from '../directives/directive-names.js'
import {misspelledName} from '../directives/misspelled-name.js'

/** A directive to expand, with where it sits, found before anything changes. */
export interface Found {
  readonly node: Directives
  readonly parent: Parent
  readonly index: number
  /** Inside the content of another rnn block directive. */
  readonly nested: boolean
  /** The nearest rnn block directive around it, if any. */
  readonly outer: Directives | undefined
}

const isBlock = (node: {type: string}) =>
  node.type === 'containerDirective' || node.type === 'leafDirective'

/** What a document holds for the plugin. */
export interface Collected {
  readonly directives: Found[]
  /** Paragraphs (and table cells, where no block directive can stand) that start like an rnn block directive but were not read as one. */
  readonly unparsed: Array<Paragraph | TableCell>
  /** Directives of another name close to ours (`:::rnn-quizz`), with the name meant. */
  readonly misspelled: Array<{readonly node: Directives; readonly meant: string}>
}

const looksLikeDirective = new RegExp(`^:{2,}${blockNamePattern}(?=[<{[\\s]|$)`)

/**
 * Every rnn directive in document order. Collecting first and replacing
 * each node one-for-one afterwards keeps recorded indexes valid and makes
 * one pass over the tree, however many directives a page has.
 */
export function collectDirectives(tree: Root): Collected {
  const found: Found[] = []
  const unparsed: Array<Paragraph | TableCell> = []
  const misspelled: Array<{node: Directives; meant: string}> = []
  // Each parent's child positions, computed once: `indexOf` per directive
  // would make a page of many directives quadratic.
  const indexes = new Map<Parent, Map<unknown, number>>()
  const indexIn = (parent: Parent, node: unknown) => {
    let map = indexes.get(parent)
    if (!map) {
      map = new Map(parent.children.map((child, index) => [child, index]))
      indexes.set(parent, map)
    }

    return map.get(node) ?? -1
  }

  visitParents(tree, (node, ancestors) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const first = node.children[0]
      if (first?.type === 'text' && looksLikeDirective.test(first.value)) unparsed.push(node)
    } else if (
      (node.type === 'containerDirective' ||
        node.type === 'leafDirective' ||
        node.type === 'textDirective') &&
      (node.type === 'textDirective' ? inlineNames : blockNames).includes(node.name)
    ) {
      const parent = ancestors.at(-1) as Parent
      const outer = ancestors.findLast(
        (ancestor): ancestor is Directives =>
          isBlock(ancestor) && blockNames.includes((ancestor as Directives).name)
      )
      const nested = isBlock(node) && outer !== undefined
      found.push({node, parent, index: indexIn(parent, node), nested, outer})
    } else if (
      node.type === 'containerDirective' ||
      node.type === 'leafDirective' ||
      node.type === 'textDirective'
    ) {
      const meant = misspelledName(node.name, node.type === 'textDirective')
      if (meant) misspelled.push({node, meant})
    }
  })
  return {directives: found, unparsed, misspelled}
}
