// The public API of remark-rnn, as the README's API section lists it: the
// plugin (the default export), its options, and the core functions a tool
// author uses. Names are listed one by one (no `export *`): everything else
// is internal and may change in any release (test/package/exports.test.ts
// pins the list).

export type {
  Breakdown,
  Direction,
  Factor,
  Formula,
  GroupCounts,
  GroupName,
  Shape,
  Stack,
  Term,
  TermGroup,
  TermKind,
  TermPart
} from './core/breakdown.js'
export type {
  CodeAnalysis,
  CodeBreakdown,
  CodeInput,
  CodeLayer,
  CodeModule,
  CodeOptions,
  CodeProblem,
  CodeRuleId,
  CodeTerm
} from './core/code/index.js'
export {readModelCode} from './core/code/index.js'
export type {Analysis} from './core/count-parameters.js'
export type {
  Cell,
  DecoderDescription,
  DescriptionInput,
  DescriptionValue,
  Framework,
  Merge,
  NetworkDescription
} from './core/description.js'
export {
  analyseDescription,
  countParameters,
  DescriptionError,
  judgeOptions,
  recogniseMistakes,
  validateDescription
} from './core/index.js'
export type {DescriptionProblem, DescriptionRuleId} from './core/problem.js'
export type {
  Mistake,
  MistakeId,
  MistakeKind,
  MistakenAnswer,
  OptionVerdict
} from './core/quiz/index.js'
export type {ValidateOptions, Validation} from './core/validate-description.js'
export type {Options} from './directives/options.js'
export {default} from './plugin/remark-rnn.js'
