import type {Breakdown, GroupName, MistakenValues, OptionVerdict} from '../core/index.js'
import {answerValues, explainAsked, groupNames} from '../core/index.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import {formatValues, numberMistakeText, wrongOptionReason} from './quiz.js'
import type {Feedback, NumberEntry, NumberFeedback, NumberFeedbackLines} from './quiz-form.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {termLabel} from './term-label.js'

/** `Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.` */
function rightFeedback(
  breakdown: Breakdown,
  ask: readonly string[],
  strings: SolutionStrings,
  format: NumberFormat
): Feedback {
  const work = explainAsked(breakdown, ask, '; ', (value) => formatCount(value, format))
  return {right: true, text: fillTemplate(strings.quizRight, {work})}
}

/** What each option of a choice quiz tells the student who picks it: right with the computation, or the mistake behind it. */
export function choiceFeedback(
  breakdown: Breakdown,
  ask: readonly string[],
  verdicts: readonly OptionVerdict[],
  strings: SolutionStrings,
  format: NumberFormat
): Feedback[] {
  return verdicts.map((verdict) =>
    verdict.correct
      ? rightFeedback(breakdown, ask, strings, format)
      : {
          right: false,
          text: fillTemplate(strings.quizWrong, {
            mistake: wrongOptionReason(breakdown, ask, verdict, strings)
          })
        }
  )
}

/** What a number question answers: the right numbers, each typical mistake's (`28: the recurrent bias forgotten.`), a hint for anything else. */
export function numberFeedback(
  breakdown: Breakdown,
  ask: readonly string[],
  mistakes: readonly MistakenValues[],
  strings: SolutionStrings,
  format: NumberFormat
): NumberFeedbackLines {
  const right: NumberFeedback = {
    ...rightFeedback(breakdown, ask, strings, format),
    values: answerValues(breakdown, ask)
  }
  const wrong = mistakes.map(
    (entry): NumberFeedback => ({
      right: false,
      values: entry.values,
      text: fillTemplate(strings.quizNumberMistake, {
        values: formatValues(entry.values, format),
        mistake: numberMistakeText(entry, strings)
      })
    })
  )
  // Any other order of the right numbers (the script compares them sorted).
  const sorted = [...right.values].sort((a, b) => a - b)
  const order: NumberFeedback | undefined =
    new Set(sorted).size > 1
      ? {
          right: false,
          values: sorted,
          text: fillTemplate(strings.quizWrong, {mistake: strings.mistakes['order-swapped']})
        }
      : undefined
  return {
    known: [right, ...wrong],
    order,
    hint: strings.quizNumberHint,
    whole: strings.quizNumberWhole
  }
}

/** Each entry field's label: the asked group's name (`Recurrent parameters`) or the term's (`Recurrent bias`). */
export function numberEntries(
  breakdown: Breakdown,
  ask: readonly string[],
  strings: SolutionStrings
): NumberEntry[] {
  return ask.map((name) => {
    if ((groupNames as readonly string[]).includes(name))
      return {label: strings.groups[name as GroupName]}
    const term = breakdown.terms.find((candidate) => candidate.id === name)
    return {label: term ? termLabel(term, strings, breakdown.description.units.length > 1) : name}
  })
}
