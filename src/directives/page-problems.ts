import type {SolutionMode} from '../render/index.js'
import type {Problem} from './report.js'

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
