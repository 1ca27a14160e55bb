import type {CodeBreakdown} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {OptionContent} from '../render/index.js'
import {formatValues} from '../render/index.js'
import type {CodeNumberAnswer} from './code-number-quiz.js'
import {codeNumberAnswer} from './code-number-quiz.js'
import {codeQuizAttributeProblems, judgeCodeQuiz, readCodeAsk} from './code-quiz-check.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {generateCodeOptions} from './code-quiz-judge.js'
import type {CodeQuizVerdict} from './code-quiz-verdict.js'
import {codeQuizVerdict} from './code-quiz-verdict.js'
import {readQuizType} from './number-quiz.js'
import type {Settings} from './options.js'
import {readKey, readOptions, readRemember} from './quiz-options.js'
import type {QuizNode} from './quiz-variants.js'
import {duplicateOptions} from './quiz-verdict.js'
import type {Problem} from './report.js'
import {codeShowProblems} from './show-attribute.js'

const englishMistake = (id: string) =>
  codeMistakes.find((mistake) => mistake.id === id)?.explanation as string

type Options =
  | {ok: true; verdicts: CodeVerdict[]; options: OptionContent[]}
  | {ok: false; problems: Problem[]}

/** The author's options judged, or options generated where none are written. */
export function codeQuizOptions(
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

/**
 * A code quiz checked: its type with what the page needs (options judged,
 * or the number key), or every problem it has; with its verdict for
 * editors once its `ask` is read, even where it fails.
 */
export type CheckedCodeQuiz =
  | {
      readonly ok: true
      readonly type: 'choice'
      readonly ask: readonly string[]
      readonly content: {verdicts: CodeVerdict[]; options: OptionContent[]}
      readonly remember: {remember: boolean}
      readonly verdict: CodeQuizVerdict
    }
  | {
      readonly ok: true
      readonly type: 'number'
      readonly ask: readonly string[]
      readonly answer: CodeNumberAnswer
      readonly remember: {remember: boolean}
      readonly verdict: CodeQuizVerdict
    }
  | {readonly ok: false; readonly problems: Problem[]; readonly verdict?: CodeQuizVerdict}

/** A code quiz's attributes, `type`, `ask`, `remember` and options or key checked. */
export function checkCodeQuiz(
  node: QuizNode,
  code: CodeBreakdown,
  settings: Settings
): CheckedCodeQuiz {
  // `show=code` too: a code model's code is on the page already, by its `rnn`.
  const unknown = [...codeQuizAttributeProblems(node), ...codeShowProblems(node)]
  if (unknown.length > 0) return {ok: false, problems: unknown}
  const type = readQuizType(node.attributes?.type ?? undefined, node)
  if (!type.ok) return type
  const asked = readCodeAsk(node.attributes?.ask ?? undefined, code, node)
  if (!asked.ok) return asked
  const {ask} = asked
  const verdict = codeQuizVerdict(node, code, ask, type.type === 'number')
  const remember = readRemember(node.attributes?.remember ?? undefined, node)
  if (!remember.ok) return {...remember, verdict}
  if (type.type === 'number') {
    const number = codeNumberAnswer(
      code,
      ask,
      node.attributes?.answer ?? undefined,
      node,
      settings.strings
    )
    if (!number.ok) return {...number, verdict}
    return {ok: true, type: 'number', ask, answer: number.answer, remember, verdict}
  }
  const content = codeQuizOptions(node, code, ask, settings)
  if (!content.ok) return {...content, verdict}
  return {ok: true, type: 'choice', ask, content, remember, verdict}
}
