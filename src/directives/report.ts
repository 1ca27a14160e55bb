import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {RuleId} from './rules.js'
import {messageSource, ruleUrl} from './rules.js'

/** A problem found in a document, ready to become a vfile message. */
export interface Problem {
  readonly ruleId: RuleId
  readonly reason: string
  /** The node the problem is about; its position becomes the message's. */
  readonly node: Node
  /** Values the author probably meant, for editors that offer fixes. */
  readonly expected?: readonly string[] | undefined
  /** Warnings fail `check` only with `--frail`; everything else is an error. */
  readonly warning?: boolean | undefined
  /** The attribute it is about, if one: a syntax with an attribute per line can point there. */
  readonly attribute?: string | undefined
}

export type Report = (problem: Problem) => void

/**
 * Report problems as error messages on the file (`fatal: true`, which makes
 * remark-cli and `remark-rnn check` fail, without stopping the build), or,
 * in strict mode, throw on the first error. Warnings are `fatal: false`.
 */
export function createReport(file: VFile, strict: boolean): Report {
  return ({ruleId, reason, node, expected, warning}) => {
    // `(reason, place, origin)`: the form every vfile major reads, as mystmd's
    // older vfile does not know the options object.
    const origin = `${messageSource}:${ruleId}`
    const message = file.message(reason, node.position, origin)
    message.fatal = !warning
    message.url = ruleUrl(ruleId)
    if (expected && expected.length > 0) message.expected = [...expected]
    if (strict && !warning) throw message
  }
}
