import type {Node} from 'unist'
import type {Breakdown} from '../core/index.js'
import {
  answerValues,
  explainAsked,
  mistakenValues,
  quote,
  readOptionNumbers,
  sameValues
} from '../core/index.js'
import {readChoice} from '../core/read-value.js'
import {formatValues, numberMistakeText} from '../render/index.js'
import type {Settings} from './options.js'
import type {NumberMistake, QuizType} from './quiz-variants.js'
import type {Problem} from './report.js'
import {valueProblem} from './report.js'

const plain = {thousandsSeparator: ','}
const quizTypes: readonly QuizType[] = ['choice', 'number']

/** `type=number` or `type=choice` (the default); a typo is an `invalid-choice` with a suggestion. */
export function readQuizType(
  value: string | undefined,
  node: Node
): {ok: true; type: QuizType} | {ok: false; problems: Problem[]} {
  if (value === undefined) return {ok: true, type: 'choice'}
  const reading = readChoice('type', value, quizTypes)
  if (reading.ok) return {ok: true, type: reading.value}
  return {ok: false, problems: [valueProblem(reading.problem, node, 'type')]}
}

/**
 * The key as an `answer` value: plain digits joined by commas, offered only
 * when it reads back as the same numbers (`12,20` could be a grouped 1,220).
 */
export function keyText(key: readonly number[], asked: number): string[] | undefined {
  const text = key.map(String).join(',')
  const back = readOptionNumbers(text, asked)
  return back.ok && sameValues(back.values, key) ? [text] : undefined
}

/** The answer of a number question: the right numbers and the typical wrong ones. */
export interface NumberAnswer {
  readonly key: readonly number[]
  readonly mistakes: readonly NumberMistake[]
}

/**
 * The key of a number question is the count of what `ask` names; an
 * `answer=32` the author states is checked against it, as a choice quiz's
 * key is (`invalid-key` when it cannot be read, `wrong-key` when it differs).
 */
export function numberAnswer(
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  node: Node,
  settings: Settings
): {ok: true; answer: NumberAnswer} | {ok: false; problems: Problem[]} {
  const key = answerValues(breakdown, ask)
  const mistakes = mistakenValues(breakdown, ask).map(
    (entry): NumberMistake => ({
      ...entry,
      explanation: numberMistakeText(entry, settings.strings)
    })
  )
  if (answer === undefined) return {ok: true, answer: {key, mistakes}}

  const right = formatValues(key, plain)
  const why = explainAsked(breakdown, ask, ', ')
  const stated = readOptionNumbers(answer, ask.length)
  if (!stated.ok) {
    return {
      ok: false,
      problems: [
        {
          ruleId: 'invalid-key',
          reason: `${quote(`answer=${answer}`)} is not the key of a number question: ${stated.reason} Write the count, such as \`answer=${right.replace(/, /g, ',')}\`, or leave \`answer\` out to take the count as the key.`,
          pageReason: `${quote(`answer=${answer}`)} is not the key of a number question: ${stated.reason} Write the count in digits, or leave \`answer\` out to take the count as the key.`,
          node,
          at: {attribute: 'answer', part: 'value'}
        }
      ]
    }
  }

  if (!sameValues(stated.values, key)) {
    const known = mistakes.find((entry) => sameValues(entry.values, stated.values))
    return {
      ok: false,
      problems: [
        {
          ruleId: 'wrong-key',
          reason: `The answer is ${right}, not ${formatValues(stated.values, plain)}: ${why}.${known ? ` The key is ${known.mistakes.map((id) => settings.strings.mistakes[id]).join(', or ')}.` : ''}`,
          pageReason: `The key, ${formatValues(stated.values, plain)}, is not the right count (the build log says which is).`,
          node,
          at: {attribute: 'answer', part: 'value'},
          expected: keyText(key, ask.length)
        }
      ]
    }
  }

  return {ok: true, answer: {key, mistakes}}
}
