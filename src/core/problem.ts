import type {DescriptionAttribute} from './description.js'

/** Stable identifiers of description problems; documented in the README. */
export type DescriptionRuleId =
  | 'missing-attribute'
  | 'unknown-attribute'
  | 'empty-value'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'invalid-choice'
  | 'invalid-boolean'
  | 'conflicting-options'
  | 'mismatched-state'
  | 'too-many-parameters'

/** One thing wrong with a description, written for the author who typed it. */
export interface DescriptionProblem {
  readonly ruleId: DescriptionRuleId
  /** The attribute the problem is about, when there is one. */
  readonly attribute?: DescriptionAttribute | string
  readonly message: string
  /** A replacement the author probably meant (`lstm` for `lstmm`). */
  readonly suggestion?: string
  /**
   * Where in the attribute's value, as given, the fault is (start and end
   * offsets: one entry of `units=4,,5`); absent, the whole value.
   */
  readonly span?: readonly [number, number]
}

/** Thrown by `countParameters` for a bad description; lists every problem. */
export class DescriptionError extends Error {
  readonly problems: readonly DescriptionProblem[]

  constructor(problems: readonly DescriptionProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'))
    this.name = 'DescriptionError'
    this.problems = problems
  }
}
