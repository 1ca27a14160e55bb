import {readFileSync} from 'node:fs'
import type {PageText} from '../core/page-text.js'
import {redecodePage} from '../core/page-text.js'

type Unreadable = Exclude<PageText, {readonly text: string}>

/** The page's bytes on disk, or (an unsaved page) its text as UTF-8. */
function pageBytes(path: string, text: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch {
    return new TextEncoder().encode(text)
  }
}

/**
 * Why the page the editor sent cannot be read, if it cannot: an editor that
 * opened a Latin-1 page as UTF-8 sends replacement characters, one that
 * opened UTF-16 without its byte order mark sends NULs. Only then is the
 * file read again and decoded as the commands decode it (core/page-text.ts),
 * so a page `check` refuses is refused here too, at the same place.
 */
export function unreadablePage(text: string, path: string): Unreadable | undefined {
  const page = redecodePage(text, () => pageBytes(path, text))
  return 'problem' in page ? page : undefined
}
