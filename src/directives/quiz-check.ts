import type {BlockContent, PhrasingContent, RootContent} from 'mdast'
import type {Breakdown, MistakenValues, OptionVerdict} from '../core/index.js'
import {generateOptions, judgeOptions} from '../core/index.js'
import type {OptionContent} from '../render/index.js'
import {fillTemplate, quizQuestionText} from '../render/index.js'
import {readAsk} from './ask-words.js'
import type {DirectiveLike, SplitAttributes} from './directive-attributes.js'
import {numberAnswer, readQuizType} from './number-quiz.js'
import type {Settings} from './options.js'
import type {OptionJudge, QuizBody} from './quiz-options.js'
import {checkOptions, optionList, readRemember} from './quiz-options.js'
import type {QuizVerdict} from './quiz-verdict.js'
import {keyProblems, quizVerdict, rightOptions} from './quiz-verdict.js'
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
  /** Whether the page keeps the student's answer across reloads (`remember=false` keeps none). */
  readonly remember: boolean
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

/** A network's options judge: options against its count, the key's messages saying why (quiz-verdict.ts). */
function networkJudge(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[]
): OptionJudge<OptionVerdict> {
  return {
    example: '- 12, 20',
    generate: () => generateOptions(breakdown, ask).options,
    judge: (values) => judgeOptions(breakdown, ask, values),
    keyProblems: (verdicts, key) =>
      keyProblems(
        breakdown,
        quizVerdict(breakdown, ask, 'none'),
        {verdicts: [...verdicts], right: rightOptions(verdicts)},
        key,
        node
      )
  }
}

/** The author's options checked against the count, or generated ones when there are none. */
function quizContent(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): Checked<{content: QuizContent}> {
  const judge = networkJudge(node, breakdown, ask)
  const checked = checkOptions(node, ask.length, answer, judge, settings.format)
  const {found} = checked
  const verdict = quizVerdict(
    breakdown,
    ask,
    typeof found === 'string' ? found : {...found, right: rightOptions(found.verdicts)}
  )
  if (!checked.ok) return {ok: false, problems: checked.problems, verdict}
  return {ok: true, content: {options: checked.options, verdicts: checked.verdicts}, verdict}
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

/** A number question's key checked (`answer`, when stated, must be the count), and its question. */
function numberQuiz(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): Checked<{quiz: Omit<NumberQuiz, 'remember'>}> {
  const verdict = quizVerdict(breakdown, ask, 'none')
  const number = numberAnswer(breakdown, ask, answer, node, settings)
  if (!number.ok) return {...number, verdict}
  const question = questionContent(node, breakdown, ask, 'number', settings)
  return {ok: true, quiz: {type: 'number', ask, question, ...number.answer}, verdict}
}

/** A choice quiz's options and key checked (or options generated), and its question. */
function choiceQuiz(
  node: QuizNode,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): Checked<{quiz: Omit<ChoiceQuiz, 'remember'>}> {
  const quiz = quizContent(node, breakdown, ask, answer, settings)
  if (!quiz.ok) return quiz
  const question = questionContent(node, breakdown, ask, 'choice', settings)
  const {options, verdicts} = quiz.content
  return {
    ok: true,
    quiz: {
      type: 'choice',
      ask,
      question,
      options: options.map((option) => option.first),
      optionRest: options.map((option) => option.rest),
      verdicts
    },
    verdict: quiz.verdict
  }
}

/**
 * Check a quiz for one network (one variant's, with its placeholders filled
 * in): read `type`, `ask`, `remember` and the key, judge the options against
 * the count (or generate them; a number question's key is the count), and
 * build the question. Every problem is reported at once. Its verdict
 * (quiz-verdict.ts) comes with it, even where the check fails.
 */
export function checkQuiz(
  node: QuizNode,
  breakdown: Breakdown,
  attributes: SplitAttributes,
  settings: Settings
): Checked<{quiz: CheckedQuiz}> {
  const type = readQuizType(attributes.type, node)
  const asked = readAsk(attributes.ask, breakdown, node)
  const remember = readRemember(attributes.remember, node)
  const problems = [type, asked, remember].flatMap((reading) =>
    reading.ok ? [] : reading.problems
  )
  // The key and the options wait for `type` and `ask`: the type says what they are, `ask` what they give.
  if (!type.ok || !asked.ok) return {ok: false, problems}
  const check = type.type === 'number' ? numberQuiz : choiceQuiz
  const checked = check(node, breakdown, asked.ask, attributes.answer, settings)
  if (!checked.ok) return {...checked, problems: [...problems, ...checked.problems]}
  if (!remember.ok) return {ok: false, problems, verdict: checked.verdict}
  const quiz = {...checked.quiz, remember: remember.remember} as CheckedQuiz
  return {ok: true, quiz, verdict: checked.verdict}
}
