import type {Node} from 'unist'
import type {CodeBreakdown} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {OptionContent} from '../render/index.js'
import {formatValues, optionLetter} from '../render/index.js'
import type {AskReading} from './ask-words.js'
import {readAskWords} from './ask-words.js'
import type {CodeNumberAnswer} from './code-number-quiz.js'
import {codeNumberAnswer} from './code-number-quiz.js'
import {codeGroupNames, codeQuantityNames, codeQuantityOf} from './code-quantity.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer, generateCodeOptions, judgeCodeOptions} from './code-quiz-judge.js'
import type {CodeQuizVerdict} from './code-quiz-verdict.js'
import {codeQuizVerdict} from './code-quiz-verdict.js'
import type {DirectiveLike} from './directive-attributes.js'
import {readQuizType} from './number-quiz.js'
import type {Settings} from './options.js'
import type {OptionJudge} from './quiz-options.js'
import {checkOptions, readRemember} from './quiz-options.js'
import type {QuizNode} from './quiz-variants.js'
import {rightOptions} from './quiz-verdict.js'
import type {Problem} from './report.js'
import {codeShowProblems} from './show-attribute.js'

/** The attributes a quiz on a model read from code takes: the rest (sizes, ranges) belong to a description. */
export const codeQuizAttributes = [
  'model',
  'type',
  'ask',
  'answer',
  'class',
  'show',
  'remember'
] as const

const plain = {thousandsSeparator: ','}

/** An attribute the code quiz does not take, at its name. */
export function codeQuizAttributeProblems(node: DirectiveLike): Problem[] {
  // Only a quiz whose `model` names code comes here: it has attributes.
  return Object.keys(node.attributes as object)
    .filter((name) => !(codeQuizAttributes as readonly string[]).includes(name))
    .map((name) => ({
      ruleId: 'unknown-attribute' as const,
      reason: `${quote(name)} does not apply to a quiz on a model read from code: its numbers come from the code; it takes ${codeQuizAttributes.map((known) => `\`${known}\``).join(', ')}.`,
      node,
      at: {attribute: name, part: 'name' as const}
    }))
}

/** `ask="total trainable"`: groups in any case, a layer or module by its name as the code spells it. */
export function readCodeAsk(
  value: string | undefined,
  breakdown: CodeBreakdown,
  node: Node
): AskReading {
  return readAskWords(
    value,
    {
      name: (word) =>
        (codeGroupNames as readonly string[]).includes(word.toLowerCase())
          ? word.toLowerCase()
          : word,
      has: (name) => codeQuantityOf(breakdown, name) !== undefined,
      names: () => codeQuantityNames(breakdown),
      missing:
        "A quiz needs `ask`: on a model read from code, `total`, `trainable`, `non-trainable` or a layer's name.",
      unknown: (word) =>
        `\`ask\` names ${word}, which is neither \`total\`, \`trainable\`, \`non-trainable\` nor a layer of this model.`
    },
    node
  )
}

const englishMistake = (id: string) =>
  codeMistakes.find((mistake) => mistake.id === id)?.explanation as string

/** `option C (1,396): LayerNorm's β forgotten`. */
function describeOption(verdict: CodeVerdict, index: number) {
  const why =
    verdict.mistakes.length > 0 ? `: ${verdict.mistakes.map(englishMistake).join(', or ')}` : ''
  return `option ${optionLetter(index)} (${formatValues(verdict.values, plain)})${why}`
}

/**
 * The key against the judged options: exactly one option right, the key
 * pointing at it; messages name the answer and the mistakes wrong options match.
 */
function codeKeyProblems(
  breakdown: CodeBreakdown,
  ask: readonly string[],
  verdicts: readonly CodeVerdict[],
  key: number,
  node: Node
): Problem[] {
  const right = rightOptions(verdicts)
  const values = formatValues(codeAnswer(breakdown, ask), plain)
  const asked = ask.map((name) => `\`${name}\``).join(', ')
  if (right.length === 0) {
    const recognised = verdicts
      .map((verdict, index) => (verdict.mistakes.length > 0 ? describeOption(verdict, index) : ''))
      .filter(Boolean)
    return [
      {
        ruleId: 'no-correct-option',
        reason: `No option is right: ${asked} of this model is ${values}.${recognised.length > 0 ? ` Typical mistakes: ${recognised.join('; ')}.` : ''} Add the right option.`,
        pageReason: 'No option is right. Add the right option (the build log says the answer).',
        node
      }
    ]
  }
  if (right.length > 1)
    return [
      {
        ruleId: 'several-correct-options',
        reason: `Options ${right.map(optionLetter).join(' and ')} are all right (${values}); a question needs exactly one.`,
        pageReason: 'More than one option is right; a question needs exactly one.',
        node
      }
    ]
  if (right[0] === key) return []
  const rightLetter = optionLetter(right[0] as number)
  return [
    {
      ruleId: 'wrong-key',
      at: {attribute: 'answer', part: 'value'},
      reason: `Answer ${rightLetter}, not ${optionLetter(key)}: ${asked} of this model is ${values}. The key points at ${describeOption(verdicts[key] as CodeVerdict, key)}.`,
      pageReason: `The key, option ${optionLetter(key)}, is not the right answer (the build log says which is).`,
      node,
      expected: [rightLetter]
    }
  ]
}

/** A code model's options judge: options against its count and named mistakes (code-quiz-judge.ts). */
function codeJudge(
  node: Node,
  breakdown: CodeBreakdown,
  ask: readonly string[]
): OptionJudge<CodeVerdict> {
  return {
    example: '- 1412',
    generate: () => generateCodeOptions(breakdown, ask),
    judge: (values) => judgeCodeOptions(breakdown, ask, values),
    keyProblems: (verdicts, key) => codeKeyProblems(breakdown, ask, verdicts, key, node)
  }
}

/** A code quiz checked: its type with what the page needs (options judged, or the number key), or every problem it has. */
export type CheckedCodeQuiz =
  | {
      readonly ok: true
      readonly type: 'choice'
      readonly ask: readonly string[]
      readonly content: {verdicts: readonly CodeVerdict[]; options: OptionContent[]}
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

/**
 * A code quiz's attributes, `type`, `ask`, `remember` and options or key
 * checked, every problem reported at once: only the key and the options
 * wait for a readable `type` and `ask`, which say what they are.
 */
export function checkCodeQuiz(
  node: QuizNode,
  code: CodeBreakdown,
  settings: Settings
): CheckedCodeQuiz {
  const attribute = (name: string) => node.attributes?.[name] ?? undefined
  // `show=code` too: a code model's code is on the page already, by its `rnn`.
  const problems = [...codeQuizAttributeProblems(node), ...codeShowProblems(node)]
  const type = readQuizType(attribute('type'), node)
  const asked = readCodeAsk(attribute('ask'), code, node)
  const remember = readRemember(attribute('remember'), node)
  for (const reading of [type, asked, remember]) if (!reading.ok) problems.push(...reading.problems)
  // A choice quiz's content is its options, a number question's its question: the type says which.
  if (!type.ok || !asked.ok) return {ok: false, problems}
  const {ask} = asked
  const answer = attribute('answer')
  if (type.type === 'number') {
    // What editors show of the quiz, even where it fails.
    const verdict = codeQuizVerdict(code, ask, 'none')
    const number = codeNumberAnswer(code, ask, answer, node, settings.strings)
    if (!number.ok) problems.push(...number.problems)
    if (!remember.ok || !number.ok || problems.length > 0) return {ok: false, problems, verdict}
    return {ok: true, type: 'number', ask, answer: number.answer, remember, verdict}
  }
  const judge = codeJudge(node, code, ask)
  const options = checkOptions(node, ask.length, answer, judge, settings.format)
  if (!options.ok) problems.push(...options.problems)
  const verdict = codeQuizVerdict(code, ask, options.found)
  if (!remember.ok || !options.ok || problems.length > 0) return {ok: false, problems, verdict}
  return {ok: true, type: 'choice', ask, content: options, remember, verdict}
}
