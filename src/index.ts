// The public API of remark-rnn, as the README's API section lists it; the
// plugin is the default export. Names are listed one by one (no `export *`),
// so a helper added to the core stays internal until it is documented here
// and in the README (test/package/exports.test.ts pins the list).

export type {
  Breakdown,
  Direction,
  Factor,
  Formula,
  FrameworkTensor,
  GroupCounts,
  GroupName,
  Shape,
  Stack,
  Term,
  TermGroup,
  TermKind,
  TermPart
} from './core/breakdown.js'
export type {Analysis} from './core/count-parameters.js'
export type {
  Cell,
  DecoderDescription,
  DescriptionAttribute,
  DescriptionInput,
  DescriptionValue,
  Framework,
  Merge,
  NetworkDescription
} from './core/description.js'
export type {FrameworkLayer} from './core/framework/layers.js'
export {
  analyseDescription,
  cells,
  countParameters,
  DescriptionError,
  descriptionAttributes,
  drawSizes,
  explainQuantity,
  fillPlaceholders,
  frameworkLayers,
  frameworks,
  generateOptions,
  groupNames,
  judgeOptions,
  limits,
  merges,
  mistakes,
  placeholderValues,
  quantityOf,
  readOptionNumbers,
  readRanges,
  recogniseMistakes,
  seededRandom,
  validateDescription
} from './core/index.js'
export type {DescriptionProblem, DescriptionRuleId} from './core/problem.js'
export type {
  GeneratedOptions,
  Mistake,
  MistakeId,
  MistakeKind,
  MistakenAnswer,
  OptionReading,
  OptionVerdict
} from './core/quiz/index.js'
export type {ValidateOptions, Validation} from './core/validate-description.js'
export type {
  PlaceholderFill,
  RangedAttribute,
  RangeProblem,
  RangeReading,
  SizeRange
} from './core/variants/index.js'
export type {Options} from './directives/options.js'
export type {CheckedQuiz, QuizVariant} from './directives/quiz-variants.js'
export type {RuleId} from './directives/rules.js'
export {ruleCatalogue, ruleUrl} from './directives/rules.js'
export type {QuizRecord} from './plugin/quiz-record.js'
export {default} from './plugin/remark-rnn.js'
export {shortDirectiveFromMarkdown, shortDirectiveSyntax} from './plugin/short-form/index.js'
export type {
  DiagramSettings,
  NumberFormat,
  RnnBlock,
  RnnInline,
  RnnSource,
  SolutionMode,
  SolutionPart,
  SolutionStrings,
  SolutionStringsOverride
} from './render/index.js'
export {
  derivationLatex,
  diagramColours,
  diagramStylesheet,
  diagramSvg,
  frameworkCode,
  frameworkSummary,
  locales,
  shapesLatex,
  solutionContent,
  solutionTable
} from './render/index.js'
