export type {MistakeKind, MistakenAnswer, MistakenValues, OptionVerdict} from './check-quiz.js'
export {
  answerValues,
  judgeOptions,
  mistakeExplanation,
  mistakenAnswers,
  mistakenValues,
  recogniseMistakes,
  sameValues
} from './check-quiz.js'
export {explainAsked, explainQuantity} from './explain.js'
export {formulaInSymbols} from './formula-in-symbols.js'
export type {GeneratedOptions} from './generate-options.js'
export {generateOptions} from './generate-options.js'
export type {Mistake, MistakeId} from './mistakes.js'
export {mistakes} from './mistakes.js'
export type {OptionReading} from './option-numbers.js'
export {readOptionNumbers} from './option-numbers.js'
