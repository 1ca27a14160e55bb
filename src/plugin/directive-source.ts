import type {ContainerDirective} from 'mdast-util-directive'
import type {Node} from 'unist'
import type {VFile} from 'vfile'

/** The author's exact text of a node, or undefined without positions. */
export function sourceText(file: VFile, node: Node): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return String(file).slice(start, end)
}

/** The first line of a node's source: the opening line of a directive. */
export function openingLine(file: VFile, node: Node): string {
  return (sourceText(file, node) ?? '').split(/\r?\n|\r/, 1).join('')
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
  if (text === undefined) return undefined
  const [first = '', ...rest] = text.split(/\r?\n|\r/)
  // A block starting at column c has at most c - 1 prefix characters on
  // later lines; text in a paragraph (an inline directive) only quote markers and spaces.
  const width = (node.position?.start.column ?? 1) - 1
  const prefix =
    node.type === 'textDirective' ? /^[ \t]*(?:>[ \t]?)*/ : new RegExp(`^[ \\t>]{0,${width}}`)
  // An unclosed container ends at the next block, blank lines included; those
  // belong to the page around it, which writes its own.
  return [first, ...rest.map((line) => line.replace(prefix, ''))]
    .join('\n')
    .replace(/(?:\n[ \t]*)+$/, '')
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
