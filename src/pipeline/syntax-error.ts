import type {Root} from 'mdast'
import type {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

/**
 * Turn a parser's exception (an MDX syntax error, thrown by micromark with
 * acorn's error and stack as its cause) into one positioned message on the
 * file, so the report shows where and what, not a trace. Returns false for
 * anything that is not a file message, which stays an exception.
 */
export function reportSyntaxError(file: VFile, error: unknown): boolean {
  if (!(error instanceof Error && 'reason' in error && 'place' in error)) return false
  if (file.messages.includes(error as VFileMessage)) return true
  const thrown = error as VFileMessage
  const message = file.message(thrown.reason, {
    place: thrown.place,
    ruleId: thrown.ruleId ?? 'syntax-error',
    source: thrown.source ?? 'remark-rnn'
  })
  message.fatal = true
  if (thrown.url) message.url = thrown.url
  return true
}

/** Parse, or on a syntax error an empty tree and the error as one message on the file. */
export function parseReportingSyntaxErrors(file: VFile, parse: () => Root): Root {
  try {
    return parse()
  } catch (error) {
    if (reportSyntaxError(file, error)) return {type: 'root', children: []}
    throw error
  }
}
