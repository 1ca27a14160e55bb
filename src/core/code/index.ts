export type {CodeBreakdown, CodeLayer, CodeTerm} from './code-breakdown.js'
export type {CodeProblem, CodeRuleId} from './code-problem.js'
export type {CodeAnalysis, CodeOptions} from './read-model-code.js'
export {readModelCode} from './read-model-code.js'
