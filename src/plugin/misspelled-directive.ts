import type {Directives} from 'mdast-util-directive'
import type {Position} from 'unist'
import {didYouMean} from '../core/index.js'
import type {Problem} from '../directives/report.js'

/** Where the name stands in the directive's source: after its colons. */
function namePlace(node: Directives, source: string): Position | undefined {
  const start = node.position?.start
  if (start?.offset === undefined) return undefined
  const rest = source.slice(start.offset)
  const colons = rest.length - rest.replace(/^:+/, '').length
  const offset = start.offset + colons
  const column = start.column + colons
  const end = offset + node.name.length
  if (source.slice(offset, end) !== node.name) return undefined
  return {
    start: {line: start.line, column, offset},
    end: {line: start.line, column: column + node.name.length, offset: end}
  }
}

/**
 * A directive whose name is close to one of ours (`:::rnn-quizz`, `::rnnn`,
 * `:RNN`): remark-directive reads it, but no plugin expands or checks it, so
 * a quiz would reach students as plain text. Reported at the name, with the
 * name meant as its fix.
 */
export function misspelledDirectiveProblem(
  node: Directives,
  meant: string,
  source: string
): Problem {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::'
  const place = namePlace(node, source)
  return {
    ruleId: 'unparsed-directive',
    reason: `\`${colons}${node.name}\` is not a directive remark-rnn knows, so it was not expanded or checked.${didYouMean(meant)}`,
    node,
    ...(place ? {place, expected: [meant]} : {})
  }
}
