import type {Nodes, RootContent} from 'mdast'
import type {Breakdown} from '../core/index.js'
import {fillPlaceholders, parseExpression} from '../core/index.js'
import type {NumberFormat} from '../render/index.js'
import {formatCount} from '../render/index.js'
import type {Problem} from './report.js'

export type PlaceholderReading<T> =
  | {readonly ok: true; readonly nodes: T[]}
  | {readonly ok: false; readonly problems: Problem[]}

/** MDX reads `{inputs}` as a JavaScript expression; in a quiz one that is a placeholder becomes text. */
function placeholderExpression(node: {type: string; value?: unknown}): string | undefined {
  const mdx = node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression'
  return mdx && typeof node.value === 'string' && parseExpression(node.value)
    ? node.value
    : undefined
}

/**
 * A copy of a quiz's content with `{inputs}`, `{total}`, `{n * h}`… filled
 * in for one variant's network. Only text is touched: code and math keep
 * their braces. The author's tree is never changed, and copies keep their
 * positions, so a problem points at the text that has it.
 */
export function fillQuizPlaceholders<T extends RootContent>(
  nodes: readonly T[],
  breakdown: Breakdown,
  format: NumberFormat
): PlaceholderReading<T> {
  const problems: Problem[] = []
  const write = (value: number) => formatCount(value, format)

  const fillText = (text: string, node: Nodes): string => {
    const filled = fillPlaceholders(text, breakdown, write)
    if (filled.ok) return filled.text
    for (const {message, span, suggestion} of filled.problems) {
      problems.push({
        ruleId: 'unknown-placeholder',
        reason: message,
        node,
        at: {text: span, read: text},
        expected: suggestion === undefined ? undefined : [suggestion]
      })
    }

    return text
  }

  const fill = (node: Nodes): Nodes => {
    if (node.type === 'text') return {...node, value: fillText(node.value, node)}
    const expression = placeholderExpression(node)
    if (expression !== undefined) {
      const text = {
        type: 'text' as const,
        value: fillText(`{${expression}}`, node),
        position: node.position
      }
      return node.type === ('mdxFlowExpression' as string)
        ? {type: 'paragraph', children: [text], position: node.position}
        : text
    }

    if ('children' in node) return {...node, children: node.children.map(fill)} as Nodes
    return node
  }

  const filled = nodes.map((node) => fill(node) as T)
  return problems.length > 0 ? {ok: false, problems} : {ok: true, nodes: filled}
}
