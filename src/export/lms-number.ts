import type {ElementContent} from 'hast'
import {explainQuantity} from '../core/index.js'
import {numberSolutionContent} from '../render/index.js'
import {numberEntries} from '../render/quiz-feedback.js'
import {lmsHast, lmsParagraph} from './lms-html.js'
import type {ExportNumberVariant, ExportSettings} from './types.js'

/** A number an LMS accepts with what it tells the student who types it. */
export interface LmsNumberAnswer {
  /** One number per asked quantity, in `ask` order. */
  readonly values: readonly number[]
  readonly feedback: ElementContent[]
  /** The feedback's text, for tests and plain formats. */
  readonly feedbackText: string
}

/** A number question as an LMS needs it: one entry field per asked quantity. */
export interface LmsNumberVariant {
  readonly type: 'number'
  readonly name: string
  readonly stem: ElementContent[]
  /** Each field's label: `Recurrent parameters`, `Total`. */
  readonly labels: readonly string[]
  /** The right answer, with how it comes about as its feedback. */
  readonly right: LmsNumberAnswer
  /** How each asked quantity comes about: `total = 12 + 20 = 32`. */
  readonly work: readonly string[]
  /** Each typical mistake's numbers with the mistake as feedback, most common first. */
  readonly mistakes: readonly LmsNumberAnswer[]
  /** For any other answer: a hint that does not give the answer away. */
  readonly hint: ElementContent[]
  readonly hintText: string
  /** The answer, the numbers typical mistakes give, and the worked solution. */
  readonly generalFeedback: ElementContent[]
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
  const work = ask.map((quantity) => explainQuantity(breakdown, quantity))
  const solution = numberSolutionContent(breakdown, ask, variant.mistakes, {
    parts: ['table', 'derivation'],
    strings: settings.strings,
    format: settings.numberFormat
  })
  return {
    type: 'number',
    name,
    stem: lmsHast(variant.question),
    labels: numberEntries(breakdown, ask, settings.strings).map((entry) => entry.label),
    right: answer(variant.key, work.join('; ')),
    work,
    mistakes: variant.mistakes.map((mistake) => answer(mistake.values, mistake.explanation)),
    hint: [lmsParagraph(settings.strings.quizNumberHint)],
    hintText: settings.strings.quizNumberHint,
    generalFeedback: lmsHast(solution)
  }
}

/** One number to type, as formats with a single field per question (Moodle `numerical`, GIFT) hold it. */
export interface LmsNumericPart {
  readonly name: string
  readonly stem: ElementContent[]
  readonly key: number
  readonly right: LmsNumberAnswer
  /** Distinct wrong numbers, each with the most common mistake that gives it. */
  readonly mistakes: readonly LmsNumberAnswer[]
  readonly hint: ElementContent[]
  readonly generalFeedback: ElementContent[]
}

/**
 * A number question as single-field questions: itself when it asks for one
 * quantity; else one question per quantity, named and led by that
 * quantity's label, with the numbers mistakes give for it.
 */
export function numericParts(variant: LmsNumberVariant): LmsNumericPart[] {
  const single = variant.labels.length === 1
  return variant.labels.map((label, index) => {
    const key = variant.right.values[index] ?? 0
    const seen = new Set<number>([key])
    const mistakes: LmsNumberAnswer[] = []
    for (const mistake of variant.mistakes) {
      const value = mistake.values[index]
      if (value === undefined || seen.has(value)) continue
      seen.add(value)
      mistakes.push(answer([value], mistake.feedbackText))
    }
    return {
      name: single ? variant.name : `${variant.name} · ${label}`,
      stem: single ? variant.stem : [...variant.stem, lmsParagraph(`${label}:`)],
      key,
      right: single ? variant.right : answer([key], variant.work[index] ?? ''),
      mistakes,
      hint: variant.hint,
      generalFeedback: variant.generalFeedback
    }
  })
}
