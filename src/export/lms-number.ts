import type {ElementContent} from 'hast'
import {explainQuantity, formulaInSymbols} from '../core/index.js'
import {numberSolutionContent} from '../render/index.js'
import {numberEntries} from '../render/quiz-feedback.js'
import {lmsHast, lmsParagraph, lmsSolutionSettings} from './lms-html.js'
import type {ExportNumberVariant, ExportSettings} from './types.js'

/** A number an LMS accepts with what it tells the student who types it. */
export interface LmsNumberAnswer {
  /** One number per asked quantity, in `ask` order. */
  readonly values: readonly number[]
  readonly feedback: ElementContent[]
  /** The feedback's text, for tests and plain formats. */
  readonly feedbackText: string
}

/** An entry field: what it asks for, its right number, and how that comes about. */
export interface LmsNumberField {
  /** `Recurrent parameters`, `Total`. */
  readonly label: string
  readonly key: number
  /** `total = 12 + 20 = 32`. */
  readonly work: string
  /** `total = input + recurrent`: the formula in symbols, a hint. */
  readonly formula: string
}

/** A number question as an LMS needs it: one entry field per asked quantity. */
export interface LmsNumberVariant {
  readonly type: 'number'
  readonly name: string
  readonly stem: ElementContent[]
  /** One entry field per asked quantity, in `ask` order. */
  readonly fields: readonly LmsNumberField[]
  /** The right answer, with how it comes about as its feedback. */
  readonly right: LmsNumberAnswer
  /** Each typical mistake's numbers with the mistake as feedback, most common first. */
  readonly mistakes: readonly LmsNumberAnswer[]
  /** For any other answer: a hint that does not give the answer away. */
  readonly hint: ElementContent[]
  readonly hintText: string
  /** The answer, the numbers typical mistakes give, and the worked solution. */
  readonly generalFeedback: ElementContent[]
  /** The formulas in symbols, for an LMS that gives a hint (Moodle). */
  readonly formulaHint: ElementContent[]
}

function answer(values: readonly number[], text: string): LmsNumberAnswer {
  return {values, feedback: [lmsParagraph(text)], feedbackText: text}
}

/** A checked number question as an LMS question. */
export function lmsNumberVariant(
  variant: ExportNumberVariant,
  name: string,
  settings: ExportSettings
): LmsNumberVariant {
  const {breakdown, ask} = variant
  const labels = numberEntries(breakdown, ask, settings.strings)
  const fields = ask.map(
    (quantity, index): LmsNumberField => ({
      label: labels[index]?.label ?? quantity,
      // The checked key has one number per asked quantity, in `ask` order.
      key: variant.key[index] ?? 0,
      work: explainQuantity(breakdown, quantity),
      formula: formulaInSymbols(breakdown, quantity)
    })
  )
  const solution = numberSolutionContent(
    breakdown,
    ask,
    variant.mistakes,
    lmsSolutionSettings(settings)
  )
  return {
    type: 'number',
    name,
    stem: lmsHast(variant.question),
    fields,
    right: answer(variant.key, fields.map((field) => field.work).join('; ')),
    mistakes: variant.mistakes.map((mistake) => answer(mistake.values, mistake.explanation)),
    hint: [lmsParagraph(settings.strings.quizNumberHint)],
    hintText: settings.strings.quizNumberHint,
    generalFeedback: lmsHast(solution),
    formulaHint: [lmsParagraph(fields.map((field) => field.formula).join('; '))]
  }
}

/** A number typed into a single-field question, with what it tells the student. */
export interface LmsNumericAnswer {
  readonly value: number
  readonly feedback: ElementContent[]
  readonly feedbackText: string
}

/** One number to type, as formats with a single field per question (Moodle `numerical`, GIFT) hold it. */
export interface LmsNumericPart {
  readonly name: string
  readonly stem: ElementContent[]
  readonly right: LmsNumericAnswer
  /** Distinct wrong numbers, each with the most common mistake that gives it. */
  readonly mistakes: readonly LmsNumericAnswer[]
  readonly hint: ElementContent[]
  readonly generalFeedback: ElementContent[]
  /** This quantity's formula in symbols. */
  readonly formulaHint: ElementContent[]
}

function numericAnswer(value: number, text: string): LmsNumericAnswer {
  return {value, feedback: [lmsParagraph(text)], feedbackText: text}
}

/**
 * A number question as single-field questions: itself when it asks for one
 * quantity; else one question per quantity, named and led by that
 * quantity's label, with the numbers mistakes give for it.
 */
export function numericParts(variant: LmsNumberVariant): LmsNumericPart[] {
  const single = variant.fields.length === 1
  return variant.fields.map((field, index) => {
    const seen = new Set<number>([field.key])
    const mistakes: LmsNumericAnswer[] = []
    for (const mistake of variant.mistakes) {
      // This field's number of the mistake (every mistake has one per field).
      const value = mistake.values[index]
      if (value === undefined || seen.has(value)) continue
      seen.add(value)
      mistakes.push(numericAnswer(value, mistake.feedbackText))
    }
    return {
      name: single ? variant.name : `${variant.name} · ${field.label}`,
      stem: single ? variant.stem : [...variant.stem, lmsParagraph(`${field.label}:`)],
      right: numericAnswer(field.key, single ? variant.right.feedbackText : field.work),
      mistakes,
      hint: variant.hint,
      generalFeedback: variant.generalFeedback,
      formulaHint: [lmsParagraph(field.formula)]
    }
  })
}
