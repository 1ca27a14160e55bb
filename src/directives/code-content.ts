import type {Position} from 'unist'
import type {CodeBreakdown, CodeProblem} from '../core/code/index.js'
import {readModelCode, readSizes} from '../core/code/index.js'

/** A fenced code block as a directive's content: its text, language and place in the page. */
export interface CodeContent {
  readonly value: string
  readonly lang?: string | null | undefined
  readonly position?: Position | undefined
}

/** A problem of the model code, placed at its text in the page. */
export interface PlacedCodeProblem extends CodeProblem {
  /** Where the text at fault stands in the page (absent for a block without a position). */
  readonly place?: Position
  /** Set when the problem is in the directive's attribute, not in the code. */
  readonly attribute?: 'sizes'
}

export type CodeContentReading =
  | {readonly ok: true; readonly breakdown: CodeBreakdown}
  | {readonly ok: false; readonly problems: readonly PlacedCodeProblem[]}

/** Whether a directive's content is model code: a fenced block in Python. */
export const isModelCode = (content: CodeContent): boolean =>
  /^(python|py|python3|ipython3?)$/i.test(content.lang ?? '')

/** The page's line and column of an offset into the code: its lines start one below the fence, indented as it is. */
function pagePoint(code: string, offset: number, fence: Position['start']) {
  const before = code.slice(0, offset).split('\n')
  const line = before.length
  const column = (before.at(-1) as string).length + 1
  return {line: fence.line + line, column: column + fence.column - 1}
}

/**
 * The offset into the code of a page's offset, the inverse of pagePoint:
 * undefined outside the code's lines (the fences, another part of the page).
 */
export function codeOffsetAt(
  content: CodeContent,
  page: string,
  offset: number
): number | undefined {
  // A parsed block always has its place.
  const fence = (content.position as Position).start
  const line = page.slice(0, offset).split('\n').length - fence.line - 1
  const lines = content.value.split('\n')
  if (line < 0 || line >= lines.length) return undefined
  const column = offset - (page.lastIndexOf('\n', offset - 1) + 1) - (fence.column - 1)
  const before = lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0)
  return before + Math.min(Math.max(column, 0), (lines[line] as string).length)
}

/**
 * Read the model a `:::rnn` directive's Python block builds, with its
 * `model=` and `sizes=` attributes; problems are placed at the code's own
 * text in the page, so editors and `check` point into the block.
 */
export function readCodeContent(
  content: CodeContent,
  attributes: {readonly model?: string | undefined; readonly sizes?: string | undefined}
): CodeContentReading {
  const sizes = readSizes(attributes.sizes ?? '')
  if (!sizes.ok) {
    const reason = `sizes takes name=whole number entries, such as sizes="vocab=5000", not \`${sizes.entry}\`.`
    return {
      ok: false,
      problems: [{ruleId: 'unresolved-size', message: reason, from: 0, to: 0, attribute: 'sizes'}]
    }
  }
  const analysis = readModelCode(content.value, {
    sizes: sizes.sizes,
    ...(attributes.model ? {model: attributes.model} : {})
  })
  if (analysis.ok) return analysis
  const fence = content.position?.start
  return {
    ok: false,
    problems: analysis.problems.map((problem) =>
      fence
        ? {
            ...problem,
            place: {
              start: pagePoint(content.value, problem.from, fence),
              end: pagePoint(content.value, problem.to, fence)
            }
          }
        : problem
    )
  }
}
