// The public API of remark-rnn. The plugin is the default export.

export * from './core/index.js'
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
