import type {ContainerDirective} from 'mdast-util-directive'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {fileText} from '../directives/file-context.js'

/** The author's exact text of a node, or undefined without positions. */
export function sourceText(file: VFile, node: Node): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return fileText(file).slice(start, end)
}

/** The first line of a node's source: the opening line of a directive. */
export function openingLine(file: VFile, node: Node): string {
  return (sourceText(file, node) ?? '').split(/\r?\n|\r/, 1).join('')
}

/**
 * What each later line of a block starting after `prefix` (the text before
 * it on its first line) begins with, outermost first: a block quote's `>`
 * (with the spaces around it), or the width of a list item's marker or of
 * indentation, which later lines write as spaces.
 */
function linePrefixes(prefix: string): RegExp[] {
  const patterns: RegExp[] = []
  let rest = prefix
  while (rest !== '') {
    const quote = /^[ \t]{0,3}>[ \t]?/.exec(rest)
    const item = quote ? undefined : /^[ \t]{0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(rest)
    const indent = quote || item ? undefined : /^[ \t]+/.exec(rest)
    const match = (quote ?? item ?? indent)?.[0] ?? rest
    patterns.push(quote ? /^[ \t]{0,3}>[ \t]?/ : new RegExp(`^[ \\t]{0,${match.length}}`))
    rest = rest.slice(match.length)
  }

  return patterns
}

/** A line without the prefixes of the blocks around it; a lazy line (no `>`) has none past that point. */
function withoutPrefixes(line: string, patterns: readonly RegExp[]): string {
  let rest = line
  for (const pattern of patterns) {
    const match = pattern.exec(rest)
    if (!match) break
    rest = rest.slice(match[0].length)
  }

  return rest
}

/**
 * A node's source as Markdown output writes it back: the author's slice,
 * byte for byte, except that lines after the first lose the prefix of the
 * blocks around it (`> ` of a quote, a list item's indent), which the
 * serialiser writes again, line endings follow the output's `\n`, and
 * trailing blank lines are left to the page.
 */
export function writtenBack(file: VFile, node: Node): string | undefined {
  const text = sourceText(file, node)
  const start = node.position?.start.offset
  if (text === undefined || start === undefined) return undefined
  const [first = '', ...rest] = text.split(/\r?\n|\r/)
  // Text in a paragraph (an inline directive) has only quote markers and
  // spaces before it on later lines. A block has exactly the prefix of the
  // blocks around it, which its first line shows: a `>` inside the block
  // (its own block quote) is the author's and stays.
  const source = fileText(file)
  const lineStart =
    Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1
  const patterns = linePrefixes(source.slice(lineStart, start))
  const strip =
    node.type === 'textDirective'
      ? (line: string) => line.replace(/^[ \t]*(?:>[ \t]?)*/, '')
      : (line: string) => withoutPrefixes(line, patterns)
  // An unclosed container ends at the next block, blank lines included; those
  // belong to the page around it, which writes its own.
  return [first, ...rest.map(strip)].join('\n').replace(/(?:\n[ \t]*)+$/, '')
}

/**
 * Whether a container directive ends with its own closing fence. Without
 * one, micromark closes it at the end of the document (or the enclosing
 * block), which silently swallows the rest of the page.
 */
export function hasClosingFence(file: VFile, node: ContainerDirective): boolean {
  const text = sourceText(file, node)
  if (text === undefined) return true
  const lines = text.split(/\r?\n|\r/)
  if (lines.length < 2) return false
  // The source starts at the directive's own colons.
  const opening = text.length - text.replace(/^:+/, '').length
  const last = lines
    .slice(-1)
    .join('')
    .replace(/^(?:[ \t]*>)*[ \t]*/, '')
  const fence = /^:+(?=[ \t]*$)/.exec(last)
  if (!fence || fence[0].length < opening) return false
  // A fence on the last line may belong to a nested container instead.
  const lastChild = node.children.at(-1)
  return !lastChild?.position || lastChild.position.end.line < (node.position?.end.line ?? 0)
}
