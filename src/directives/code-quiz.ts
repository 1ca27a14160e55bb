import type {BlockContent, PhrasingContent, RootContent} from 'mdast'
import type {CodeBreakdown, CodeMistakeId} from '../core/code/index.js'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {fillTemplate, formatCount, renderCodeSolution} from '../render/index.js'
import {choiceQuizForm, numberQuizForm} from '../render/quiz-form.js'
import type {SolutionStrings} from '../render/strings.js'
import {codeNumberEntries, codeNumberFeedback} from './code-number-quiz.js'
import {codeQuantityNames, codeQuantityOf} from './code-quantity.js'
import type {CheckedCodeQuiz} from './code-quiz-check.js'
import {checkCodeQuiz} from './code-quiz-check.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer} from './code-quiz-judge.js'
import type {CodeQuizVariant} from './code-quiz-variant.js'
import {codeParts} from './code-solution.js'
import type {FileContext} from './file-context.js'
import {diagramIdFor} from './file-context.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {QuizBuild} from './quiz.js'
import {optionList} from './quiz-options.js'
import type {QuizNode} from './quiz-variants.js'

/** The code a quiz's `model=…` names, when it names a model read from code (marked used). */
export function codeQuizModel(node: QuizNode, models: ModelRegistry): CodeBreakdown | undefined {
  const name = node.attributes?.model
  const named = name ? models.get(name) : undefined
  if (!named?.code) return undefined
  named.used = true
  return named.code
}

/** The author's question (a leaf's label; a choice quiz's content without its option list), or one generated from `ask`. */
function codeQuestion(
  node: QuizNode,
  ask: readonly string[],
  number: boolean,
  strings: SolutionStrings
): BlockContent[] {
  // A leaf's label is its question: phrasing, made a paragraph.
  if (node.type === 'leafDirective' && node.children.length > 0)
    return [{type: 'paragraph', children: node.children as PhrasingContent[]}]
  // A number question has no options: all its content is the question.
  const list = number ? undefined : optionList(node)
  const authored = node.children.filter((child: RootContent) => child !== list)
  if (authored.length > 0) return authored as BlockContent[]
  const words = strings.code
  const groups: Record<string, string> = {
    total: words.quizTotal,
    trainable: words.quizTrainable,
    'non-trainable': words.quizNonTrainable
  }
  const quantity = ask
    .map((name) => groups[name] ?? fillTemplate(words.quizLayer, {name}))
    .join(` ${strings.and} `)
  return [
    {
      type: 'paragraph',
      children: [{type: 'text', value: fillTemplate(words.quizQuestion, {quantity})}]
    }
  ]
}

type CheckedChoice = Extract<CheckedCodeQuiz, {type: 'choice'}>

/** What a wrong option is: its likeliest mistake, another quantity of the model (the total for `trainable`), or no count. */
function wrongOptionText(
  code: CodeBreakdown,
  {mistakes, values}: CodeVerdict,
  strings: SolutionStrings
) {
  if (mistakes.length > 0) return strings.codeMistakes[mistakes[0] as CodeMistakeId]
  const other =
    values.length === 1
      ? codeQuantityNames(code).find((name) => codeQuantityOf(code, name) === values[0])
      : undefined
  return other ? fillTemplate(strings.code.quizOtherQuantity, {name: other}) : strings.quizNoMistake
}

/** Each option's numbers with what it tells the student: the work when right, else its mistake. */
function codeChoices(
  code: CodeBreakdown,
  checked: CheckedChoice,
  work: string,
  strings: SolutionStrings
) {
  return checked.content.verdicts.map((verdict) => ({
    values: verdict.values,
    correct: verdict.correct,
    feedback: verdict.correct ? work : wrongOptionText(code, verdict, strings)
  }))
}

/** The form and the record export writes, of a checked choice quiz or number question. */
function codeQuizForm(
  code: CodeBreakdown,
  checked: Extract<CheckedCodeQuiz, {ok: true}>,
  question: BlockContent[],
  program: string,
  context: FileContext,
  settings: Settings
): {form: RnnBlock; variant: CodeQuizVariant} {
  const {ask, remember} = checked
  const {strings, format} = settings
  const hidden = settings.mode === 'hide'
  const right = codeAnswer(code, ask)
  const work = ask
    .map((name, index) => `${name} = ${formatCount(right[index] as number, format)}`)
    .join('; ')
  const recorded = {sizes: {}, code, program, question, ask, work}
  const formSettings = {
    placement: context.nextQuiz(),
    strings,
    thousandsSeparator: format.thousandsSeparator,
    remember: remember.remember,
    hint: strings.code.quizHint
  }
  if (checked.type === 'number') {
    const entries = codeNumberEntries(ask, strings)
    const feedback = codeNumberFeedback(checked.answer, work, strings, format)
    return {
      form: numberQuizForm(question, entries, hidden ? undefined : feedback, formSettings),
      variant: {
        ...recorded,
        type: 'code-number',
        labels: entries.map((entry) => entry.label),
        key: checked.answer.key,
        mistakes: checked.answer.mistakes
      }
    }
  }
  const choices = codeChoices(code, checked, work, strings)
  const feedback = choices.map((choice) =>
    choice.correct
      ? {right: true, text: fillTemplate(strings.quizRight, {work})}
      : {right: false, text: fillTemplate(strings.quizWrong, {mistake: choice.feedback})}
  )
  const {options} = checked.content
  return {
    form: choiceQuizForm(question, options, hidden ? undefined : feedback, formSettings),
    variant: {
      ...recorded,
      type: 'code-choice',
      options: options.map((option) => option.first),
      choices
    }
  }
}

/** The model's solution under its quiz: the parts a model read from code shows. */
function codeQuizSolution(
  code: CodeBreakdown,
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
) {
  const shown = codeParts(parts)
  return renderCodeSolution(code, {
    ...settings,
    parts: shown,
    diagram: diagramIdFor(shown, context)
  })
}

/**
 * A quiz on a model read from code (`model=…` names a `:::rnn` holding
 * Python with `id=…`): `ask` names `total`, `trainable`, `non-trainable`
 * or layers; a choice quiz's options are judged against the count and the
 * named mistakes (src/core/code/code-mistakes.ts), or generated; a number
 * question (`type=number`) takes the count as its key. Its solution is the
 * model's table and derivation; its one variant, with the model's code, is
 * recorded for LMS export.
 */
export function buildCodeQuiz(
  node: QuizNode,
  code: CodeBreakdown,
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
): QuizBuild {
  const checked = checkCodeQuiz(node, code, settings)
  const resolved = {code, codeQuiz: checked.verdict}
  if (!checked.ok) return {ok: false, problems: checked.problems, resolved}
  const question = codeQuestion(node, checked.ask, checked.type === 'number', settings.strings)
  const program = context.models.get(node.attributes?.model as string)?.source as string
  const {form, variant} = codeQuizForm(code, checked, question, program, context, settings)
  const classes = (node.attributes?.class ?? '').split(/\s+/).filter(Boolean)
  return {
    ok: true,
    content: [form, ...codeQuizSolution(code, parts, context, settings)],
    classes,
    variants: [variant],
    resolved
  }
}
