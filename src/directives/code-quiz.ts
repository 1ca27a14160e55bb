import type {BlockContent, RootContent} from 'mdast'
import type {CodeBreakdown, CodeMistakeId} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {OptionContent, SolutionPart} from '../render/index.js'
import {fillTemplate, formatCount, formatValues, renderCodeSolution} from '../render/index.js'
import {choiceQuizForm} from '../render/quiz-form.js'
import type {SolutionStrings} from '../render/strings.js'
import {codeQuantityNames, codeQuantityOf} from './code-quantity.js'
import {codeQuizAttributeProblems, judgeCodeQuiz, readCodeAsk} from './code-quiz-check.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer, generateCodeOptions} from './code-quiz-judge.js'
import type {FileContext} from './file-context.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {QuizBuild} from './quiz.js'
import {optionList, readKey, readOptions, readRemember} from './quiz-options.js'
import type {QuizNode} from './quiz-variants.js'
import {duplicateOptions} from './quiz-verdict.js'
import type {Problem} from './report.js'

/** The code a quiz's `model=…` names, when it names a model read from code (marked used). */
export function codeQuizModel(node: QuizNode, models: ModelRegistry): CodeBreakdown | undefined {
  const name = node.attributes?.model
  const named = name ? models.get(name) : undefined
  if (!named?.code) return undefined
  named.used = true
  return named.code
}

const englishMistake = (id: string) =>
  codeMistakes.find((mistake) => mistake.id === id)?.explanation as string

type Options =
  | {ok: true; verdicts: CodeVerdict[]; options: OptionContent[]}
  | {ok: false; problems: Problem[]}

/** The author's options judged, or options generated where none are written. */
function codeQuizOptions(
  node: QuizNode,
  code: CodeBreakdown,
  ask: readonly string[],
  settings: Settings
): Options {
  const answer = node.attributes?.answer ?? undefined
  const reading = readOptions(node, ask.length)
  if (!reading.ok) return reading
  if (reading.options.length === 0) {
    if (answer !== undefined)
      return {
        ok: false,
        problems: [
          {
            ruleId: 'missing-options',
            reason:
              'This quiz has an `answer` but no options: list them inside the container (`- 1412`), or leave out `answer` to have options generated.',
            node
          }
        ]
      }
    const verdicts = generateCodeOptions(code, ask)
    const options = verdicts.map(
      (verdict): OptionContent => ({
        first: [{type: 'text', value: formatValues(verdict.values, settings.format)}],
        rest: []
      })
    )
    return {ok: true, verdicts, options}
  }
  const key = answer === undefined ? undefined : readKey(answer)
  if (key === undefined || key >= reading.options.length)
    return {
      ok: false,
      problems: [
        {
          ruleId: 'invalid-key',
          reason:
            answer === undefined
              ? 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
              : `${quote(`answer=${answer}`)} is not the letter or number of one of the ${reading.options.length} options.`,
          node,
          at: answer === undefined ? undefined : {attribute: 'answer', part: 'value'}
        }
      ]
    }
  const values = reading.options.map((option) => option.values)
  const judged = judgeCodeQuiz(code, ask, values, key, node, englishMistake)
  if (judged.problems.length > 0) return {ok: false, problems: judged.problems}
  const duplicate = duplicateOptions(judged.verdicts, node)
  if (duplicate) return {ok: false, problems: [duplicate]}
  return {
    ok: true,
    verdicts: judged.verdicts,
    options: reading.options.map((option) => option.content)
  }
}

/** The author's question without the option list, or one generated from `ask`. */
function codeQuestion(
  node: QuizNode,
  ask: readonly string[],
  strings: SolutionStrings
): BlockContent[] {
  const list = optionList(node)
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

type CheckedCodeQuiz =
  | {
      readonly ok: true
      readonly ask: readonly string[]
      readonly content: {verdicts: CodeVerdict[]; options: OptionContent[]}
      readonly remember: {remember: boolean}
    }
  | {readonly ok: false; readonly problems: Problem[]}

/** A code quiz's attributes, `ask`, `remember` and options checked: what the page needs, or every problem it has. */
export function checkCodeQuiz(
  node: QuizNode,
  code: CodeBreakdown,
  settings: Settings
): CheckedCodeQuiz {
  const unknown = codeQuizAttributeProblems(node)
  if (unknown.length > 0) return {ok: false, problems: unknown}
  const asked = readCodeAsk(node.attributes?.ask ?? undefined, code, node)
  if (!asked.ok) return asked
  const remember = readRemember(node.attributes?.remember ?? undefined, node)
  if (!remember.ok) return remember
  const content = codeQuizOptions(node, code, asked.ask, settings)
  if (!content.ok) return content
  return {ok: true, ask: asked.ask, content, remember}
}

/**
 * A quiz on a model read from code (`model=…` names a `:::rnn` holding
 * Python with `id=…`): `ask` names `total`, `trainable`, `non-trainable`
 * or layers; options are judged against the count and the named mistakes
 * (src/core/code/code-mistakes.ts), or generated. Its solution is the
 * model's table and derivation. It has no variants to export.
 */
export function buildCodeQuiz(
  node: QuizNode,
  code: CodeBreakdown,
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
): QuizBuild {
  const checked = checkCodeQuiz(node, code, settings)
  if (!checked.ok) return checked
  const {ask, content, remember} = checked
  const {strings, format} = settings
  const hidden = settings.mode === 'hide'
  const work = ask
    .map(
      (name, index) => `${name} = ${formatCount(codeAnswer(code, ask)[index] as number, format)}`
    )
    .join('; ')
  // A wrong number that is another quantity of the model (the total for `trainable`) says which.
  const names = codeQuantityNames(code)
  const mistakeText = ({mistakes, values}: CodeVerdict) => {
    if (mistakes.length > 0) return strings.codeMistakes[mistakes[0] as CodeMistakeId]
    const other =
      values.length === 1
        ? names.find((name) => codeQuantityOf(code, name) === values[0])
        : undefined
    return other
      ? fillTemplate(strings.code.quizOtherQuantity, {name: other})
      : strings.quizNoMistake
  }
  const feedback = content.verdicts.map((verdict) =>
    verdict.correct
      ? {right: true, text: fillTemplate(strings.quizRight, {work})}
      : {
          right: false,
          text: fillTemplate(strings.quizWrong, {mistake: mistakeText(verdict)})
        }
  )
  const form = choiceQuizForm(
    codeQuestion(node, ask, strings),
    content.options,
    hidden ? undefined : feedback,
    {
      placement: context.nextQuiz(),
      strings,
      thousandsSeparator: format.thousandsSeparator,
      remember: remember.remember,
      hint: strings.code.quizHint
    }
  )
  const classes = (node.attributes?.class ?? '').split(/\s+/).filter(Boolean)
  return {
    ok: true,
    content: [form, ...renderCodeSolution(code, {...settings, parts})],
    classes,
    variants: []
  }
}
