import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import type {DescriptionProblem} from '../core/index.js'
import type {PageText} from '../core/page-text.js'
import type {SolutionMode} from '../render/index.js'
import {fileText} from './file-context.js'
import type {ProblemTarget} from './places.js'
import {placeProblem} from './problem-place.js'
import type {RuleId} from './rules.js'
import {messageSource, ruleUrl} from './rules.js'

/**
 * The problems as the page's note shows them: where solutions are hidden or
 * folded, a student must not read the key in a broken quiz's note, so each
 * says its `pageReason` (what is wrong, not the answer) when it has one.
 */
export function pageProblems(problems: readonly Problem[], mode: SolutionMode): readonly Problem[] {
  if (mode === 'show') return problems
  return problems.map((problem) =>
    problem.pageReason === undefined ? problem : {...problem, reason: problem.pageReason}
  )
}

/** A problem found in a document, ready to become a vfile message. */
export interface Problem {
  readonly ruleId: RuleId
  readonly reason: string
  /** The node the problem is about: the directive (or the list item, the text node); the message's place unless a narrower one is known. */
  readonly node: Node
  /** The text at fault inside `node`, said syntax-neutrally; the adapter's places on `node` locate it (see places.ts). */
  readonly at?: ProblemTarget | undefined
  /** The exact place of the text at fault, when the code that found the problem knows it. */
  readonly place?: Position | undefined
  /**
   * Exactly the text that belongs at the problem's place (the right name,
   * value, key or number, as written there), for editors that offer fixes.
   * Kept on the message only when the place is exactly known.
   */
  readonly expected?: readonly string[] | undefined
  /**
   * What the page itself says where solutions are hidden or folded (`hide`,
   * `collapse`), when `reason` gives the answer away: what is wrong, without
   * the right answer. The build log and the editor always say `reason`.
   */
  readonly pageReason?: string | undefined
  /** Warnings fail `check` only with `--frail`; everything else is an error. */
  readonly warning?: boolean | undefined
  /** The attribute it is about when no `at` names it (a description problem without a target): a syntax with an attribute per line points there. */
  readonly attribute?: string | undefined
}

/** A value the core could not read, as the problem of a directive's attribute: at its value, the suggestion its quick fix. */
export function valueProblem(problem: DescriptionProblem, node: Node, attribute: string): Problem {
  const {ruleId, message, suggestion} = problem
  return {
    ruleId,
    reason: message,
    node,
    at: {attribute, part: 'value'},
    expected: suggestion ? [suggestion] : undefined
  }
}

export type Report = (problem: Problem) => void

/**
 * Report problems as error messages on the file (`fatal: true`, which makes
 * remark-cli and `remark-rnn check` fail; strict builds stop once the page
 * is checked: stop-on-errors.ts). Warnings are `fatal: false`.
 */
export function createReport(file: VFile): Report {
  return (problem) => {
    const {ruleId, reason, warning} = problem
    const {place, expected} = placeProblem(problem, fileText(file))
    // `(reason, place, origin)`: the form every vfile major reads, as mystmd's
    // older vfile does not know the options object.
    const origin = `${messageSource}:${ruleId}`
    const message = file.message(reason, place, origin)
    message.fatal = !warning
    message.url = ruleUrl(ruleId)
    if (expected && expected.length > 0) message.expected = [...expected]
  }
}

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
