import type {BlockContent, PhrasingContent, RootContent} from 'mdast'
import type {Breakdown, MistakenValues, OptionVerdict} from '../core/index.js'
import {generateOptions, quote} from '../core/index.js'
import type {OptionContent} from '../render/index.js'
import {fillTemplate, formatValues, quizQuestionText} from '../render/index.js'
import {readAsk} from './ask-words.js'
import type {DirectiveLike, SplitAttributes} from './directive-attributes.js'
import {numberAnswer, readQuizType} from './number-quiz.js'
import type {Settings} from './options.js'
import type {QuizBody} from './quiz-options.js'
import {optionList, readKey, readOptions} from './quiz-options.js'
import type {QuizVerdict} from './quiz-verdict.js'
import {judgeAgainstCount, keyProblems, quizVerdict} from './quiz-verdict.js'
import type {Problem} from './report.js'

/** A quiz as both syntaxes give it: its attributes and position, and its content (question and option list). */
export type QuizNode = DirectiveLike & QuizBody

/** What a quiz asks a student to do: pick one of its options, or type the numbers. */
export type QuizType = 'choice' | 'number'

/** What every checked quiz has, whatever its type. */
interface QuizBase {
  /** The asked quantities, in order: what each option gives, or each entry field takes. */
  readonly ask: readonly string[]
  readonly question: BlockContent[]
}

/** A multiple-choice quiz checked for one network: what the page shows and what export writes. */
export interface ChoiceQuiz extends QuizBase {
  readonly type: 'choice'
  /** Each option's first paragraph: where its numbers are read, and what export writes. */
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  /** The blocks after each option's first paragraph (an explanation, a list, code, math), shown on the page. */
  readonly optionRest: ReadonlyArray<OptionContent['rest']>
  readonly verdicts: readonly OptionVerdict[]
}

/** A wrong answer a number question recognises, with what the student did in the page's language. */
export interface NumberMistake extends MistakenValues {
  /** The most common of `mistakes`, in the page's strings: `the recurrent bias forgotten`. */
  readonly explanation: string
}

/** A number question (`type=number`) checked for one network: the student types one number per asked quantity. */
export interface NumberQuiz extends QuizBase {
  readonly type: 'number'
  /** The right number of each asked quantity, in `ask` order (the count; `answer=…` is checked against it). */
  readonly key: readonly number[]
  /** The distinct wrong answers typical mistakes give, most common first; none equals `key`. */
  readonly mistakes: readonly NumberMistake[]
}

/** A quiz checked for one network: `type` tells a choice quiz from a number question. */
export type CheckedQuiz = ChoiceQuiz | NumberQuiz

interface QuizContent {
  readonly options: readonly OptionContent[]
  readonly verdicts: readonly OptionVerdict[]
}

/** What checking a quiz gives: its verdict once its network and `ask` are read, even where it fails. */
type Checked<T> =
  | ({ok: true; verdict: QuizVerdict} & T)
  | {ok: false; problems: Problem[]; verdict?: QuizVerdict | undefined}

/** The author's options checked against the count, or generated ones when there are none. */
function quizContent(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): Checked<{content: QuizContent}> {
  const reading = readOptions(node, ask.length)
  if (!reading.ok) return {...reading, verdict: quizVerdict(breakdown, ask, 'unreadable')}
  if (reading.options.length === 0) {
    const verdict = quizVerdict(breakdown, ask, 'generated')
    if (answer !== undefined || reading.list) {
      return {
        ok: false,
        verdict,
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
      (option): OptionContent => ({
        first: [{type: 'text', value: formatValues(option.values, settings.format)}],
        rest: []
      })
    )
    return {ok: true, content: {options, verdicts: generated.options}, verdict}
  }

  const key = answer === undefined ? undefined : readKey(answer)
  const judged = judgeAgainstCount(
    breakdown,
    ask,
    reading.options.map((option) => option.values)
  )
  const verdict = quizVerdict(breakdown, ask, {...judged, key})
  if (key === undefined || key >= reading.options.length) {
    const reason =
      answer === undefined
        ? 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
        : key === undefined
          ? `${quote(`answer=${answer}`)} is not a key: use a letter (\`answer=B\`, after \`Z\` \`AA\`) or a number from 1 (\`answer=2\`).`
          : `${quote(`answer=${answer}`)} points beyond the ${reading.options.length} options.`
    return {
      ok: false,
      verdict,
      problems: [
        {
          ruleId: 'invalid-key',
          reason,
          node,
          at: answer === undefined ? undefined : {attribute: 'answer', part: 'value'}
        }
      ]
    }
  }

  const problems = keyProblems(breakdown, verdict, judged, key, node)
  if (problems.length > 0) return {ok: false, problems, verdict}
  return {
    ok: true,
    content: {options: reading.options.map((option) => option.content), verdicts: judged.verdicts},
    verdict
  }
}

/**
 * The question: the author's text without the option list (a leaf's label
 * is its question; all of a number question's content is), or a generated sentence.
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

/**
 * Check a quiz for one network (one variant's, with its placeholders filled
 * in): read `type`, `ask` and the key, judge the options against the count
 * (or generate them; a number question's key is the count), and build the question.
 * Its verdict (quiz-verdict.ts) comes with it, even where the check fails.
 */
export function checkQuiz(
  node: QuizNode,
  breakdown: Breakdown,
  attributes: SplitAttributes,
  settings: Settings
): Checked<{quiz: CheckedQuiz}> {
  const type = readQuizType(attributes.type, node)
  if (!type.ok) return type
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return asked
  const ask = asked.ask
  if (type.type === 'number') {
    const verdict = quizVerdict(breakdown, ask, 'none')
    const number = numberAnswer(breakdown, ask, attributes.answer, node, settings)
    if (!number.ok) return {...number, verdict}
    const question = questionContent(node, breakdown, ask, 'number', settings)
    return {ok: true, quiz: {type: 'number', ask, question, ...number.answer}, verdict}
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
    },
    verdict: quiz.verdict
  }
}
