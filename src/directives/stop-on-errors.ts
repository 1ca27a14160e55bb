import type {VFile} from 'vfile'
import {messageSource} from './rules.js'

type VFileMessage = VFile['messages'][number]

/** The errors this module threw, for a caller that reports the messages itself (the CLI's `render --strict`). */
const thrown = new WeakSet<object>()

/** Whether `error` is the one `stopOnErrors` threw: the page's messages already say everything. */
export function isStop(error: unknown): boolean {
  // A WeakSet holds objects only, and answers false for anything else.
  return thrown.has(error as object)
}

/** One message as a line of the thrown error, as a thrown file message would name it: `path:1:2-1:5: reason [ruleId]`. */
function messageLine(message: VFileMessage): string {
  // A file's message is named after its place, `path:line:column-line:column`.
  return `  ${message.name}: ${message.reason} [${message.ruleId}]`
}

/**
 * Stop a build whose page has errors (strict, the default): after every
 * directive of the page was checked, so the file's messages hold them all,
 * throw one plain Error listing them. A plain Error, not a file message:
 * site generators copy or serialise what a loader throws (webpack's cache
 * knows `Error`, not `VFileMessage`), and every one prints its message.
 * Warnings never stop a build.
 */
export function stopOnErrors(file: VFile): void {
  const errors = file.messages.filter(
    (message) => message.source === messageSource && message.fatal === true
  )
  if (errors.length === 0) return
  const path = file.path || 'the page'
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`
  const stop = new Error(
    [
      `remark-rnn: ${path} has ${count}, so the build stops (option \`strict: false\` only reports them):`,
      ...errors.map(messageLine)
    ].join('\n')
  )
  // The author's mistakes, not the code's: no trace under the list (remark-cli prints a cause's stack).
  stop.stack = `Error: ${stop.message}`
  thrown.add(stop)
  throw stop
}
