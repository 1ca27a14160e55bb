/** Stable identifiers of the problems found in model code; documented in docs/model-code.md. */
export type CodeRuleId =
  | 'python-syntax'
  | 'not-python'
  | 'unknown-layer'
  | 'unresolved-size'
  | 'unknown-input-width'
  | 'bad-layer-argument'
  | 'no-model'
  | 'too-many-layers'
  | 'too-many-parameters'
  | 'out-of-range'
  | 'unsupported-code'

/** One thing wrong with model code, at the text at fault (offsets into the code). */
export interface CodeProblem {
  readonly ruleId: CodeRuleId
  readonly message: string
  readonly from: number
  readonly to: number
}

/** A place in the code: the start and end offsets of a piece of text. */
export interface Span {
  readonly from: number
  readonly to: number
}

/** A span copied out of a syntax node (or any span), so what keeps it does not keep the tree. */
export const spanOf = ({from, to}: Span): Span => ({from, to})

/** Thrown inside the reader to stop at the first problem that makes the model uncountable. */
export class CodeStop extends Error {
  readonly problem: CodeProblem

  constructor(ruleId: CodeRuleId, message: string, at: Span) {
    super(message)
    this.problem = {ruleId, message, from: at.from, to: at.to}
  }
}

export function stop(ruleId: CodeRuleId, message: string, at: Span): never {
  throw new CodeStop(ruleId, message, at)
}
