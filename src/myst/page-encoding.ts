import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {decodePage} from '../core/page-text.js'
import {reportUnreadablePage} from '../directives/report.js'

/** The bytes of a Markdown page; notebooks (JSON, read by mystmd) and unreadable files give none. */
function pageBytes(path: string | undefined): Uint8Array | undefined {
  if (!path || !/\.(md|markdown)$/i.test(path)) return undefined
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

/**
 * mystmd reads every page as UTF-8, so a page saved in another encoding
 * reaches the directives garbled (UTF-16: every other character a NUL;
 * Latin-1: replacement characters). Such a page gets an error at the first
 * byte that cannot be read, as in the commands, instead of counts read
 * from garbled text; a UTF-16 page (which the commands read) is named as
 * such. A UTF-8 page, with or without its byte order mark, gets nothing.
 */
export function checkPageEncoding(file: VFile): void {
  const bytes = pageBytes(file.path)
  if (!bytes) return
  const page = decodePage(bytes)
  if ('problem' in page) reportUnreadablePage(file, page)
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    reportUnreadablePage(file, {
      problem: 'This page is UTF-16, and MyST reads pages as UTF-8 only: save it as UTF-8.',
      place: {line: 1, column: 1}
    })
}
