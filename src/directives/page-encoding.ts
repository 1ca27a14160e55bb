import type {VFile} from 'vfile'
import type {PageText} from '../core/page-text.js'
import {messageSource, ruleUrl} from './rules.js'

type Unreadable = Exclude<PageText, {readonly text: string}>

/** Why a page cannot be read, as a fatal message on its file at the first byte at fault. */
export function reportUnreadablePage(file: VFile, page: Unreadable): void {
  const message = file.message(page.problem, {
    place: page.place,
    ruleId: 'page-encoding',
    source: messageSource
  })
  message.url = ruleUrl('page-encoding')
  message.fatal = true
}

/** Put the page's text on the file, or a fatal message where it cannot be read; whether it can be. */
export function withPageText(file: VFile, page: PageText): boolean {
  if ('text' in page) {
    file.value = page.text
    return true
  }
  reportUnreadablePage(file, page)
  return false
}
