// A page's bytes as text: UTF-8 (with or without a byte order mark), or
// UTF-16 with its mark, as some editors save "Unicode". Anything else (a
// Latin-1 page, UTF-16 without its mark) is refused at the first byte that
// cannot be read, instead of being silently garbled into other numbers.
// Shared by every reader of pages: the commands, MyST and the language
// server (directives/page-encoding.ts puts the result on a file).

/** A line and column, counted from 1 as editors count them. */
export interface TextPoint {
  readonly line: number
  readonly column: number
}

/** The page's text, or why it cannot be read and where. */
export type PageText =
  | {readonly text: string}
  | {readonly problem: string; readonly place: TextPoint}

/** Where a string stops: its line and column, counted as editors count them. */
function endPoint(before: string): TextPoint {
  const lines = before.split('\n')
  return {line: lines.length, column: (lines.at(-1) as string).length + 1}
}

/** How many bytes UTF-8 takes for a code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/** UTF-16 with its byte order mark (which TextDecoder drops); a lone surrogate is refused. */
function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): PageText {
  try {
    return {text: new TextDecoder(encoding, {fatal: true}).decode(bytes)}
  } catch {
    return {
      problem: `This page starts as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}; save it as UTF-8.`,
      place: {line: 1, column: 1}
    }
  }
}

/**
 * UTF-8, read with replacement characters, then walked to the first
 * replacement that is not written in the file (EF BF BD): the first byte
 * that cannot be read. A NUL byte is refused too: text pages have none,
 * and UTF-16 without its mark is full of them.
 */
function utf8(bytes: Uint8Array): PageText {
  const text = new TextDecoder('utf-8').decode(bytes)
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let index = 0
  for (const character of text) {
    const written = bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd
    if ((character === '\uFFFD' && !written) || character === '\0') {
      const byte = (bytes[at] as number).toString(16).toUpperCase().padStart(2, '0')
      return {
        problem: `This page is not UTF-8: byte 0x${byte} cannot be read (Latin-1, Windows-1252 or UTF-16 without its byte order mark?); save it as UTF-8.`,
        place: endPoint(text.slice(0, index))
      }
    }
    at += utf8Length(character.codePointAt(0) as number)
    index += character.length
  }
  return {text}
}

/** A page's bytes as text, by its byte order mark (UTF-8 without one). */
export function decodePage(bytes: Uint8Array): PageText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be')
  return utf8(bytes)
}

/**
 * A page some tool already read as UTF-8 (unified-engine does): its byte
 * order mark dropped; when it holds a replacement character or a NUL, the
 * sign of another encoding, its bytes read again and decoded as above.
 */
export function redecodePage(text: string, bytes: () => Uint8Array): PageText {
  if (text.includes('\uFFFD') || text.includes('\0')) return decodePage(bytes())
  return {text: text.startsWith('\uFEFF') ? text.slice(1) : text}
}
