export type {CodeWrongAnswer} from './code-quiz-solution.js'
export {codeQuizSolutionContent} from './code-quiz-solution.js'
export {codeDefaultParts, codeSolutionParts, renderCodeSolution} from './code-solution.js'
export {codeSolutionTable} from './code-table.js'
export {codeTerminalTable} from './code-terminal-table.js'
export type {DiagramPlacement, DiagramSettings} from './diagram/index.js'
export {diagramBlock, diagramSvg} from './diagram/index.js'
export {standaloneSvg} from './diagram/standalone.js'
export {diagramColours, diagramStylesheet} from './diagram/style.js'
export type {Explorer, ExplorerSettings} from './explorer.js'
export {explorerWidgetBlock, renderExplorer} from './explorer.js'
export type {ExplorerConfig} from './explorer-controls.js'
export type {ExplorerNumber, ExplorerNumbers} from './explorer-numbers.js'
export {explorerNumbers, slotNumbers} from './explorer-numbers.js'
export {foldNetwork, foldTitle} from './fold-title.js'
export {frameworkShape, tensorText} from './framework-shape.js'
export {frameworkSummary} from './framework-summary.js'
export {derivationLatex, latexText, shapesLatex} from './latex.js'
export {displayMath, inlineMath} from './math-nodes.js'
export type {RnnBlock, RnnHtml, RnnInline, RnnSource} from './nodes.js'
export {rnnBlock, rnnHtml} from './nodes.js'
export type {NumberFormat} from './number-format.js'
export {formatCount, formatCountLatex, localeSeparator} from './number-format.js'
export {numberSolutionContent} from './number-quiz.js'
export type {PartSum} from './part-sums.js'
export {groupedByPart, partLabel, partSums} from './part-sums.js'
export {frameworkCode, kerasCode, pytorchCode} from './python/index.js'
export type {OptionContent, QuizSolutionSettings} from './quiz.js'
export {
  formatValues,
  numberMistakeText,
  optionIndex,
  optionLetter,
  quizOptionList,
  quizSolutionContent
} from './quiz.js'
export {quizQuestionText} from './quiz-question.js'
export type {SolutionMode, SolutionPart, SolutionSettings} from './solution.js'
export {
  codeBlock,
  defaultSolutionParts,
  presentSolution,
  renderSolution,
  solutionContent,
  solutionParts
} from './solution.js'
export type {SolutionStrings, SolutionStringsOverride} from './strings.js'
export {fillTemplate, locales, solutionStrings} from './strings.js'
export {solutionTable} from './table.js'
export {termLabel} from './term-label.js'
export {terminalSummary} from './terminal-summary.js'
export {terminalTable} from './terminal-table.js'
