import type {BlockContent, PhrasingContent, RootContent} from 'mdast'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {generateOptions, quote} from '../core/index.js'
import type {OptionContent, RnnBlock, SolutionPart} from '../render/index.js'
import {
  choiceFeedback,
  choiceQuizForm,
  fillTemplate,
  foldTitle,
  formatValues,
  numberEntries,
  numberFeedback,
  numberQuizForm,
  numberSolutionContent,
  presentSolution,
  quizQuestionText,
  quizSolutionContent
} from '../render/index.js'
import {diagramIdFor} from './diagram-ids.js'
import type {SplitAttributes} from './directive-attributes.js'
import type {ModelRegistry} from './models.js'
import {numberAnswer, readQuizType} from './number-quiz.js'
import type {Settings} from './options.js'
import {readAsk} from './quiz-ask.js'
import {optionList, readKey, readOptions} from './quiz-options.js'
import type {QuizCheck, QuizNode, QuizType, QuizVariant} from './quiz-variants.js'
import {drawQuizVariants} from './quiz-variants.js'
import {judgeQuiz} from './quiz-verdict.js'
import type {Problem} from './report.js'

interface QuizContent {
  readonly options: readonly OptionContent[]
  readonly verdicts: readonly OptionVerdict[]
}

/** The author's options checked against the count, or generated ones when there are none. */
function quizContent(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): {ok: true; content: QuizContent} | {ok: false; problems: Problem[]} {
  const reading = readOptions(node, ask.length)
  if (!reading.ok) return reading
  if (reading.options.length === 0) {
    if (answer !== undefined || reading.list) {
      return {
        ok: false,
        problems: [
          {
            ruleId: 'missing-options',
            reason:
              'This quiz has an `answer` but no options: list them inside the container (`- 12, 20`), or leave out `answer` to have options generated.',
            node
          }
        ]
      }
    }

    const generated = generateOptions(breakdown, ask)
    const options = generated.options.map(
      (verdict): OptionContent => ({
        first: [{type: 'text', value: formatValues(verdict.values, settings.format)}],
        rest: []
      })
    )
    return {ok: true, content: {options, verdicts: generated.options}}
  }

  const key = answer === undefined ? undefined : readKey(answer)
  if (key === undefined || key >= reading.options.length) {
    const reason =
      answer === undefined
        ? 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
        : key === undefined
          ? `${quote(`answer=${answer}`)} is not a key: use a letter (\`answer=B\`, after \`Z\` \`AA\`) or a number from 1 (\`answer=2\`).`
          : `${quote(`answer=${answer}`)} points beyond the ${reading.options.length} options.`
    return {
      ok: false,
      problems: [
        {
          ruleId: 'invalid-key',
          reason,
          node,
          attribute: answer === undefined ? undefined : 'answer'
        }
      ]
    }
  }

  const judged = judgeQuiz(
    breakdown,
    ask,
    reading.options.map((option) => option.values),
    key,
    node
  )
  if (judged.problems.length > 0) return {ok: false, problems: judged.problems}
  return {
    ok: true,
    content: {options: reading.options.map((option) => option.content), verdicts: judged.verdicts}
  }
}

/**
 * The question: the author's text without the option list (a leaf's label
 * is its question), or a generated sentence.
 */
function questionContent(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  type: QuizType,
  settings: Settings
): BlockContent[] {
  if (node.type === 'leafDirective' && node.children.length > 0) {
    return [{type: 'paragraph', children: node.children as PhrasingContent[]}]
  }

  // A number question has no options: all its content is the question.
  const list = type === 'choice' ? optionList(node) : undefined
  const authored = node.children.filter((child: RootContent) => child !== list)
  if (authored.length > 0) return authored as BlockContent[]
  const d = breakdown.description
  const strings = settings.strings
  const text = quizQuestionText(breakdown, ask, strings)
  // Without the vocabulary the question could not be answered.
  const embedding =
    d.vocab > 0
      ? fillTemplate(strings.quizEmbedding, {vocab: String(d.vocab), inputs: String(d.inputs)}) +
        ' '
      : ''
  return [{type: 'paragraph', children: [{type: 'text', value: embedding + text}]}]
}

/** Read the key, check the options (or a number question's key) and build the question for one variant's network. */
function checkQuiz(
  node: QuizNode,
  breakdown: Breakdown,
  attributes: SplitAttributes,
  settings: Settings
): ReturnType<QuizCheck> {
  const type = readQuizType(attributes.type, node)
  if (!type.ok) return type
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return asked
  const ask = asked.ask
  if (type.type === 'number') {
    const number = numberAnswer(breakdown, ask, attributes.answer, node, settings)
    if (!number.ok) return number
    const question = questionContent(node, breakdown, ask, 'number', settings)
    return {ok: true, quiz: {type: 'number', ask, question, ...number.answer}}
  }

  const quiz = quizContent(node, breakdown, ask, attributes.answer, settings)
  if (!quiz.ok) return quiz
  const question = questionContent(node, breakdown, ask, 'choice', settings)
  const {options, verdicts} = quiz.content
  const first = options.map((option) => option.first)
  return {
    ok: true,
    quiz: {
      type: 'choice',
      ask,
      question,
      options: first,
      optionRest: options.map((option) => option.rest),
      verdicts
    }
  }
}

/** A quiz ready to show, or the problems that keep it as written. */
export type QuizBuild =
  | {
      readonly ok: true
      /** The shown variant's question, lettered options, and answer as the `solutions` option says. */
      readonly content: Array<BlockContent | RnnBlock>
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
      /** Every variant drawn, the shown one first: one for a quiz without ranges. */
      readonly variants: readonly QuizVariant[]
    }
  | {readonly ok: false; readonly problems: Problem[]}

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
  models: ModelRegistry,
  settings: Settings
): QuizBuild {
  const drawn = drawQuizVariants(node, models, settings, (variant, breakdown, attributes) =>
    checkQuiz(variant, breakdown, attributes, settings)
  )
  if (!drawn.ok) return drawn
  const shown = drawn.variants[0] as QuizVariant
  const solutionSettings = {...settings, parts, diagram: diagramIdFor(parts, settings)}
  const {breakdown, ask, question} = shown
  const hidden = settings.mode === 'hide'
  const {strings} = settings
  const formSettings = {
    placement: settings.quizIds?.() ?? {id: 'rnn-quiz', stylesheet: true},
    strings,
    thousandsSeparator: settings.format.thousandsSeparator
  }
  const body =
    shown.type === 'choice'
      ? {
          form: choiceQuizForm(
            question,
            shown.options.map((first, index) => ({first, rest: shown.optionRest[index] ?? []})),
            hidden ? undefined : choiceFeedback(breakdown, ask, shown.verdicts, strings),
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
    variants: drawn.variants
  }
}
