import {readFileSync} from 'node:fs'
import type {Position} from 'unist'

/**
 * Where a role really stands. MyST positions a role by its paragraph's first
 * line and its offset in the paragraph's text, so a role on the third line
 * of a paragraph is reported on the first, far right. In a Markdown page the
 * offset is counted through the paragraph's lines; the result is used only
 * where the source there starts with the role (`{rnn…`), else MyST's
 * position stands.
 */
export function rolePosition(
  source: string | undefined,
  position: Position,
  name: string
): Position {
  if (source === undefined) return position
  const lines = source.split(/\r?\n/)
  const first = position.start.line - 1
  const offset = position.start.column - 1
  if (first < 0 || first >= lines.length || offset < 0) return position
  const paragraph = lines.slice(first).join('\n')
  const before = paragraph.slice(0, offset)
  const line = first + 1 + (before.match(/\n/g)?.length ?? 0)
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  if (!(lines[line - 1] ?? '').slice(column - 1).startsWith(`{${name}`)) return position
  return {start: {line, column}, end: {line, column}}
}

/** The text of a Markdown page, for `rolePosition`; notebooks and unreadable files give none. */
export function pageSource(path: string | undefined): string | undefined {
  if (!path || !/\.(md|markdown)$/i.test(path)) return undefined
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

const texts = new WeakMap<object, string | undefined>()

/**
 * The text of the page a directive stands in, read once per file object:
 * the file's own value when MyST keeps it, else the Markdown page on disk.
 */
export function pageText(file: {value?: unknown; path?: string | undefined}): string | undefined {
  if (texts.has(file)) return texts.get(file)
  const value = typeof file.value === 'string' && file.value !== '' ? file.value : undefined
  const text = value ?? pageSource(file.path)
  texts.set(file, text)
  return text
}
