import type {Node} from 'unist'
import type {CodeBreakdown, CodeMistakeId} from '../core/code/index.js'
import {codeMistakes} from '../core/code/index.js'
import {quote, readOptionNumbers, sameValues} from '../core/index.js'
import type {NumberFormat, SolutionStrings} from '../render/index.js'
import {fillTemplate, formatValues} from '../render/index.js'
import type {NumberEntry, NumberFeedback, NumberFeedbackLines} from '../render/quiz-form.js'
import {codeGroupNames, codeQuantityOf} from './code-quantity.js'
import {codeAnswer, codeMistakenAnswers} from './code-quiz-judge.js'
import {keyText} from './number-quiz.js'
import type {Problem} from './report.js'

const plain = {thousandsSeparator: ','}

/** A wrong answer a number question on code recognises: its numbers, the mistakes behind them, and the likeliest in the page's words. */
export interface CodeNumberMistake {
  readonly values: readonly number[]
  /** The named mistakes that give these numbers, likeliest first (none for another quantity of the model). */
  readonly mistakes: readonly CodeMistakeId[]
  readonly explanation: string
}

/** The key of a number question on code, and the wrong answers it recognises. */
export interface CodeNumberAnswer {
  readonly key: readonly number[]
  readonly mistakes: readonly CodeNumberMistake[]
}

/**
 * The wrong answers: each distinct recount a named mistake gives (its
 * likeliest mistake explains it), then, asking one quantity, another of
 * the model's sums (the total typed for `trainable`).
 */
export function codeNumberMistakes(
  code: CodeBreakdown,
  ask: readonly string[],
  strings: SolutionStrings
): CodeNumberMistake[] {
  const right = codeAnswer(code, ask)
  const found: Array<{values: readonly number[]; mistakes: CodeMistakeId[]; explanation: string}> =
    []
  for (const {mistake, values} of codeMistakenAnswers(code, ask)) {
    const seen = found.find((entry) => sameValues(entry.values, values))
    if (seen) seen.mistakes.push(mistake)
    else found.push({values, mistakes: [mistake], explanation: strings.codeMistakes[mistake]})
  }
  if (ask.length === 1)
    for (const name of codeGroupNames) {
      const values = [codeQuantityOf(code, name) as number]
      const known = [right, ...found.map((entry) => entry.values)]
      // Nothing non-trainable is no count a student mistakes for one.
      if (values[0] === 0 || known.some((seen) => sameValues(seen, values))) continue
      found.push({
        values,
        mistakes: [],
        explanation: fillTemplate(strings.code.quizOtherQuantity, {name})
      })
    }
  return found
}

/**
 * A number question's key is the count; an `answer=1412` the author states
 * is checked against it, as on a network described by attributes
 * (`invalid-key`, `wrong-key` naming the mistake the key matches).
 */
export function codeNumberAnswer(
  code: CodeBreakdown,
  ask: readonly string[],
  answer: string | undefined,
  node: Node,
  strings: SolutionStrings
): {ok: true; answer: CodeNumberAnswer} | {ok: false; problems: Problem[]} {
  const key = codeAnswer(code, ask)
  const mistakes = codeNumberMistakes(code, ask, strings)
  if (answer === undefined) return {ok: true, answer: {key, mistakes}}
  const right = formatValues(key, plain)
  const asked = ask.map((name) => `\`${name}\``).join(', ')
  const stated = readOptionNumbers(answer, ask.length)
  if (!stated.ok)
    return {
      ok: false,
      problems: [
        {
          ruleId: 'invalid-key',
          reason: `${quote(`answer=${answer}`)} is not the key of a number question: ${stated.reason} Write the count, such as \`answer=${key.join(',')}\`, or leave \`answer\` out to take the count as the key.`,
          pageReason: `${quote(`answer=${answer}`)} is not the key of a number question: ${stated.reason} Write the count in digits, or leave \`answer\` out to take the count as the key.`,
          node,
          at: {attribute: 'answer', part: 'value'}
        }
      ]
    }
  if (sameValues(stated.values, key)) return {ok: true, answer: {key, mistakes}}
  const known = mistakes.find((entry) => sameValues(entry.values, stated.values))
  const english = known?.mistakes.map(
    (id) => codeMistakes.find((mistake) => mistake.id === id)?.explanation as string
  )
  return {
    ok: false,
    problems: [
      {
        ruleId: 'wrong-key',
        reason: `The answer is ${right}, not ${formatValues(stated.values, plain)}: ${asked} of this model is ${right}.${english && english.length > 0 ? ` The key is ${english.join(', or ')}.` : ''}`,
        pageReason: `The key, ${formatValues(stated.values, plain)}, is not the right count (the build log says which is).`,
        node,
        at: {attribute: 'answer', part: 'value'},
        expected: keyText(key, ask.length)
      }
    ]
  }
}

/** Each entry field's label: `Total`, `Trainable`, `Non-trainable`, or the layer's name as the code spells it. */
export function codeNumberEntries(ask: readonly string[], strings: SolutionStrings): NumberEntry[] {
  const words = strings.code
  const groups: Record<string, string> = {
    total: words.total,
    trainable: words.trainable,
    'non-trainable': words.nonTrainableSum
  }
  return ask.map((name) => ({label: groups[name] ?? name}))
}

/** What a number question on code answers: the right numbers with the work, each recognised mistake's, a hint for anything else. */
export function codeNumberFeedback(
  answer: CodeNumberAnswer,
  work: string,
  strings: SolutionStrings,
  format: NumberFormat
): NumberFeedbackLines {
  const right: NumberFeedback = {
    right: true,
    text: fillTemplate(strings.quizRight, {work}),
    values: answer.key
  }
  const wrong = answer.mistakes.map(
    (entry): NumberFeedback => ({
      right: false,
      values: entry.values,
      text: fillTemplate(strings.quizNumberMistake, {
        values: formatValues(entry.values, format),
        mistake: entry.explanation
      })
    })
  )
  // Any other order of the right numbers (the script compares them sorted).
  const sorted = [...answer.key].sort((a, b) => a - b)
  return {
    known: [right, ...wrong],
    order:
      new Set(sorted).size > 1
        ? {
            right: false,
            values: sorted,
            text: fillTemplate(strings.quizWrong, {mistake: strings.mistakes['order-swapped']})
          }
        : undefined,
    hint: strings.quizNumberHint,
    whole: strings.quizNumberWhole
  }
}
