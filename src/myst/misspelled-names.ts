import {closest, didYouMean} from '../core/index.js'
import {blockNames, inlineNames} from '../directives/directive-names.js'
import type {Problem} from '../directives/report.js'
import type {MystNode} from './types.js'

/**
 * Directives and roles MyST did not know whose name is close to remark-rnn's
 * (`rnn-quizz`, `rnn_quiz`, `{rnnn}`): MyST's own "unknown directive" error
 * does not stop `myst build --strict`, so an author would publish the
 * question unchecked.
 */
export function misspelledNames(tree: MystNode): Problem[] {
  const problems: Problem[] = []
  const walk = (node: MystNode) => {
    if (node.type === 'mystDirective' || node.type === 'mystRole') {
      const name = String(node.name ?? '')
      const candidates = node.type === 'mystRole' ? inlineNames : blockNames
      // A short name one edit from `rnn` (`run`) is too likely another plugin's.
      const suggestion = /^rnn/i.test(name)
        ? (closest(name, candidates) ?? candidates.at(-1))
        : closest(
            name,
            candidates.filter((candidate) => candidate.length > 3)
          )
      if (suggestion && !candidates.includes(name)) {
        const kind = node.type === 'mystRole' ? 'role' : 'directive'
        problems.push({
          ruleId: 'unparsed-directive',
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
