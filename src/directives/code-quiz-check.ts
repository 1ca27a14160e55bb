import type {Node} from 'unist'
import type {CodeBreakdown} from '../core/code/index.js'
import {closest, didYouMean, quote} from '../core/index.js'
import {formatValues, optionLetter} from '../render/index.js'
import {codeGroupNames, codeQuantityNames, codeQuantityOf} from './code-quantity.js'
import type {CodeVerdict} from './code-quiz-judge.js'
import {codeAnswer, judgeCodeOptions} from './code-quiz-judge.js'
import type {DirectiveLike} from './directive-attributes.js'
import {listWords} from './places.js'
import type {Problem} from './report.js'

/** The attributes a quiz on a model read from code takes: the rest (sizes, `type`, ranges) belong to a description. */
export const codeQuizAttributes = ['model', 'ask', 'answer', 'class', 'show', 'remember'] as const

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
): {ok: true; ask: string[]} | {ok: false; problems: Problem[]} {
  const written = listWords(value ?? '')
  if (written.length === 0)
    return {
      ok: false,
      problems: [
        {
          ruleId: 'missing-ask',
          reason:
            "A quiz needs `ask`: on a model read from code, `total`, `trainable`, `non-trainable` or a layer's name.",
          node
        }
      ]
    }
  const ask = written.map(({word}) =>
    (codeGroupNames as readonly string[]).includes(word.toLowerCase()) ? word.toLowerCase() : word
  )
  const problems = written.flatMap(({word, span}, index): Problem[] => {
    if (codeQuantityOf(breakdown, ask[index] as string) !== undefined) return []
    const suggestion = closest(word, codeQuantityNames(breakdown))
    return [
      {
        ruleId: 'unknown-quantity',
        at: {attribute: 'ask', part: 'value', span, read: value},
        reason: `\`ask\` names ${quote(word)}, which is neither \`total\`, \`trainable\`, \`non-trainable\` nor a layer of this model.${didYouMean(suggestion)}`,
        node,
        expected: suggestion ? [suggestion] : undefined
      }
    ]
  })
  return problems.length > 0 ? {ok: false, problems} : {ok: true, ask}
}

/** `option C (1,396): LayerNorm's β forgotten`. */
function describeOption(verdict: CodeVerdict, index: number, explain: (id: string) => string) {
  const why = verdict.mistakes.length > 0 ? `: ${verdict.mistakes.map(explain).join(', or ')}` : ''
  return `option ${optionLetter(index)} (${formatValues(verdict.values, plain)})${why}`
}

/**
 * Judge the author's options against the count and the key against them:
 * exactly one right option, the key pointing at it; messages name the
 * answer and the mistakes wrong options match.
 */
export function judgeCodeQuiz(
  breakdown: CodeBreakdown,
  ask: readonly string[],
  options: ReadonlyArray<readonly number[]>,
  key: number,
  node: Node,
  explain: (id: string) => string
): {verdicts: CodeVerdict[]; problems: Problem[]} {
  const verdicts = judgeCodeOptions(breakdown, ask, options)
  const right = verdicts.flatMap((verdict, index) => (verdict.correct ? [index] : []))
  const values = formatValues(codeAnswer(breakdown, ask), plain)
  const asked = ask.map((name) => `\`${name}\``).join(', ')
  if (right.length === 0) {
    const recognised = verdicts
      .map((verdict, index) =>
        verdict.mistakes.length > 0 ? describeOption(verdict, index, explain) : ''
      )
      .filter(Boolean)
    return {
      verdicts,
      problems: [
        {
          ruleId: 'no-correct-option',
          reason: `No option is right: ${asked} of this model is ${values}.${recognised.length > 0 ? ` Typical mistakes: ${recognised.join('; ')}.` : ''} Add the right option.`,
          pageReason: 'No option is right. Add the right option (the build log says the answer).',
          node
        }
      ]
    }
  }
  if (right.length > 1)
    return {
      verdicts,
      problems: [
        {
          ruleId: 'several-correct-options',
          reason: `Options ${right.map(optionLetter).join(' and ')} are all right (${values}); a question needs exactly one.`,
          pageReason: 'More than one option is right; a question needs exactly one.',
          node
        }
      ]
    }
  if (right[0] === key) return {verdicts, problems: []}
  const rightLetter = optionLetter(right[0] as number)
  return {
    verdicts,
    problems: [
      {
        ruleId: 'wrong-key',
        at: {attribute: 'answer', part: 'value'},
        reason: `Answer ${rightLetter}, not ${optionLetter(key)}: ${asked} of this model is ${values}. The key points at ${describeOption(verdicts[key] as CodeVerdict, key, explain)}.`,
        pageReason: `The key, option ${optionLetter(key)}, is not the right answer (the build log says which is).`,
        node,
        expected: [rightLetter]
      }
    ]
  }
}
