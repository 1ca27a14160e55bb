import type {Position} from 'unist'
import {didYouMean} from '../core/index.js'
import {misspelledName} from '../directives/misspelled-name.js'
import type {Problem} from '../directives/report.js'
import {pageLines} from './option-places.js'
import type {MystNode} from './types.js'

/** Where `{name}` stands on the node's first line of `source`: the name inside the braces, when it is there once. */
function namePlace(node: MystNode, name: string, source: string | undefined): Position | undefined {
  const line = node.position?.start.line
  if (source === undefined || line === undefined || name === '') return undefined
  const {lines, offsets} = pageLines(source)
  const text = lines[line - 1] ?? ''
  const first = text.indexOf(`{${name}}`)
  if (first === -1 || text.indexOf(`{${name}}`, first + 1) !== -1) return undefined
  const offset = offsets[line - 1] ?? 0
  const column = first + 1
  return {
    start: {line, column: column + 1, offset: offset + column},
    end: {line, column: column + 1 + name.length, offset: offset + column + name.length}
  }
}

/**
 * Directives and roles MyST did not know whose name is close to remark-rnn's
 * (`rnn-quizz`, `rnn_quiz`, `{rnnn}`): MyST's own "unknown directive" error
 * does not stop `myst build --strict`, so an author would publish the
 * question unchecked.
 */
export function misspelledNames(
  tree: MystNode,
  source: () => string | undefined = () => undefined
): Problem[] {
  const problems: Problem[] = []
  const walk = (node: MystNode) => {
    if (node.type === 'mystDirective' || node.type === 'mystRole') {
      const name = String(node.name ?? '')
      const suggestion = misspelledName(name, node.type === 'mystRole')
      if (suggestion) {
        const kind = node.type === 'mystRole' ? 'role' : 'directive'
        // The page is read only for a name that is wrong, not for every page.
        const place = namePlace(node, name, source())
        problems.push({
          ruleId: 'unparsed-directive',
          ...(place ? {place} : {}),
          reason: `\`{${name}}\` is not a ${kind} MyST knows, so it was not expanded or checked.${didYouMean(suggestion, (name) => `\`{${name}}\``)}`,
          node,
          expected: [suggestion]
        })
      }
    }

    for (const child of node.children ?? []) walk(child)
  }

  walk(tree)
  return problems
}
