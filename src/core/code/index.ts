export type {
  CodeBreakdown,
  CodeInput,
  CodeLayer,
  CodeModule,
  CodeTerm
} from './code-breakdown.js'
export {codeNetwork} from './code-breakdown.js'
export type {CodeMistake, CodeMistakeId} from './code-mistakes.js'
export {codeMistakes, recountCode} from './code-mistakes.js'
export type {CodeProblem, CodeRuleId} from './code-problem.js'
export type {ModuleAt} from './layers-at.js'
export {layersAt, moduleAt} from './layers-at.js'
export type {CodeAnalysis, CodeOptions} from './read-model-code.js'
export {readModelCode} from './read-model-code.js'
export type {SizesReading} from './sizes.js'
export {readSizes} from './sizes.js'
