import type {Position} from 'unist'
import {placeProblem} from '../directives/problem-place.js'
import type {Problem} from '../directives/report.js'
import type {RuleId} from '../directives/rules.js'
import type {MystNode} from './types.js'

/** A problem as a report node keeps it: plain data, which MyST's cache can copy. */
export interface StoredProblem {
  readonly ruleId: RuleId
  readonly reason: string
  readonly expected?: readonly string[] | undefined
  readonly warning?: boolean | undefined
  readonly position?: Position | undefined
}

/**
 * What a directive or role leaves for the page transform: its problems and
 * the named model it defines or uses. mystmd counts only messages recorded
 * while a page is transformed for `myst build --strict`, not those of a
 * directive's `run`, so `run` hands its problems on in the tree.
 */
export interface RnnReport extends MystNode {
  type: 'rnnReport'
  problems: StoredProblem[]
  defines?: string | undefined
  uses?: string | undefined
  /** Set by a role: its name, for `rolePosition`. */
  role?: string | undefined
}

export function reportNode(
  problems: readonly Problem[],
  where: {position?: Position | undefined},
  models: {defines?: string | undefined; uses?: string | undefined; role?: string | undefined} = {}
): RnnReport {
  const node: RnnReport = {
    type: 'rnnReport',
    problems: problems.map((problem) => {
      const {ruleId, reason, warning} = problem
      const {place, expected} = placeProblem(problem)
      return {
        ruleId,
        reason,
        ...(expected ? {expected: [...expected]} : {}),
        ...(warning ? {warning} : {}),
        ...(place ? {position: place} : {})
      }
    })
  }
  if (models.defines) node.defines = models.defines
  if (models.uses) node.uses = models.uses
  if (models.role) node.role = models.role
  if (where.position) node.position = where.position
  return node
}
