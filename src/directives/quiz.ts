import type {BlockContent} from 'mdast'
import {formulaInSymbols} from '../core/index.js'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {foldTitle, presentSolution, quizSolutionContent} from '../render/index.js'
import {numberSolutionContent} from '../render/number-quiz.js'
import {choiceFeedback, numberEntries, numberFeedback} from '../render/quiz-feedback.js'
import {choiceQuizForm, numberQuizForm} from '../render/quiz-form.js'
import {buildCodeQuiz, codeQuizModel} from './code-quiz.js'
import {checkCodeQuiz} from './code-quiz-check.js'
import type {CodeQuizVariant} from './code-quiz-variant.js'
import type {Resolved} from './directive-record.js'
import type {FileContext} from './file-context.js'
import {diagramIdFor} from './file-context.js'
import {noteBrokenModel} from './models.js'
import type {Settings} from './options.js'
import type {QuizNode, QuizVariant} from './quiz-variants.js'
import {drawQuizVariants} from './quiz-variants.js'
import type {Problem} from './report.js'

/** A quiz ready to show, or the problems that keep it as written. */
export type QuizBuild =
  | {
      readonly ok: true
      /** The shown variant's question, lettered options, and answer as the `solutions` option says. */
      readonly content: Array<BlockContent | RnnBlock>
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
      /** Every variant drawn, the shown one first: one for a quiz without ranges or on code. */
      readonly variants: readonly (QuizVariant | CodeQuizVariant)[]
      /** The shown variant's network and verdict, for editors. */
      readonly resolved?: Resolved | undefined
    }
  | {readonly ok: false; readonly problems: Problem[]; readonly resolved?: Resolved | undefined}

/**
 * A quiz already kept as written for others (its shape, its `show`),
 * checked so that every problem is reported at once: drawn against a copy
 * of the file's models, so that it defines none. With what it resolved.
 */
export function checkQuizAside(
  node: QuizNode,
  context: FileContext,
  settings: Settings
): {problems: Problem[]; resolved?: Resolved | undefined} {
  const code = codeQuizModel(node, context.models)
  if (code) {
    const checked = checkCodeQuiz(node, code, settings)
    return {
      problems: checked.ok ? [] : checked.problems,
      resolved: {code, codeQuiz: checked.verdict}
    }
  }
  const drawn = drawQuizVariants({node, models: new Map(context.models), settings})
  noteBrokenModel(node, context.models)
  return {problems: drawn.ok ? [] : drawn.problems, resolved: drawn.resolved}
}

/** The problems of a quiz already kept as written for others (checkQuizAside). */
export function quizProblems(node: QuizNode, context: FileContext, settings: Settings): Problem[] {
  return checkQuizAside(node, context, settings).problems
}

/**
 * Build a quiz from its attributes (`ask`, `answer`, the network, ranges)
 * and its content (question, option list): its variants are drawn (one
 * without ranges), each key checked against the counting core, options
 * generated when none are listed. Syntax-neutral: `node.children` is the
 * quiz's content in either syntax, without the opening line.
 */
export function buildQuiz(
  node: QuizNode,
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
): QuizBuild {
  const code = codeQuizModel(node, context.models)
  if (code) return buildCodeQuiz(node, code, parts, context, settings)
  const drawn = drawQuizVariants({node, models: context.models, settings})
  // Unless the quiz defined its model, its `id` names a model with errors.
  noteBrokenModel(node, context.models)
  if (!drawn.ok) return drawn
  const shown = drawn.variants[0] as QuizVariant
  const solutionSettings = {...settings, parts, diagram: diagramIdFor(parts, context)}
  const {breakdown, ask, question} = shown
  const hidden = settings.mode === 'hide'
  const {strings} = settings
  const formSettings = {
    placement: context.nextQuiz(),
    strings,
    thousandsSeparator: settings.format.thousandsSeparator,
    remember: shown.remember,
    hint: ask.map((name) => formulaInSymbols(breakdown, name)).join('; ')
  }
  const body =
    shown.type === 'choice'
      ? {
          form: choiceQuizForm(
            question,
            shown.options.map((first, index) => ({first, rest: shown.optionRest[index] ?? []})),
            hidden
              ? undefined
              : choiceFeedback(breakdown, ask, shown.verdicts, strings, settings.format),
            formSettings
          ),
          solution: hidden
            ? []
            : quizSolutionContent(breakdown, ask, shown.verdicts, solutionSettings)
        }
      : {
          form: numberQuizForm(
            question,
            numberEntries(breakdown, ask, strings),
            hidden
              ? undefined
              : numberFeedback(breakdown, ask, shown.mistakes, strings, settings.format),
            formSettings
          ),
          solution: hidden
            ? []
            : numberSolutionContent(breakdown, ask, shown.mistakes, solutionSettings)
        }
  return {
    ok: true,
    content: [
      body.form,
      ...presentSolution(
        body.solution,
        foldTitle(strings.quizSummary, breakdown, settings),
        settings.mode
      )
    ],
    classes: shown.attributes.classes,
    variants: drawn.variants,
    resolved: drawn.resolved
  }
}
