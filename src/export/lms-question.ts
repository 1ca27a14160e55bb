import type {ElementContent} from 'hast'
import type {OptionVerdict} from '../core/index.js'
import {explainAsked, mistakeExplanation} from '../core/index.js'
import {formatValues, quizSolutionContent} from '../render/index.js'
import {lmsCodeChoiceVariant, lmsCodeNumberVariant} from './lms-code.js'
import {
  lmsFormulaHint,
  lmsHast,
  lmsInlineHast,
  lmsParagraph,
  lmsSolutionSettings
} from './lms-html.js'
import type {LmsNumberVariant} from './lms-number.js'
import {lmsNumberVariant} from './lms-number.js'
import type {ExportChoiceVariant, ExportQuiz, ExportSettings, ExportVariant} from './types.js'

/** An answer option as an LMS needs it. */
export interface LmsChoice {
  readonly content: ElementContent[]
  /** The numbers it gives, as plain text. */
  readonly text: string
  readonly correct: boolean
  /** Why it is right, or the mistake that gives it. */
  readonly feedback: ElementContent[]
  /** The feedback's English, for tests and plain formats. */
  readonly feedbackText: string
}

/** A multiple-choice variant as an LMS question. */
export interface LmsChoiceVariant {
  readonly type: 'choice'
  readonly name: string
  readonly stem: ElementContent[]
  readonly choices: readonly LmsChoice[]
  /** The key, the other options' mistakes and the worked solution (table and derivation). */
  readonly generalFeedback: ElementContent[]
  /** The formulas in symbols, for an LMS that gives a hint (Moodle). */
  readonly formulaHint: ElementContent[]
}

/** One variant as an LMS question: `type` tells a choice question from a number question. */
export type LmsVariant = LmsChoiceVariant | LmsNumberVariant

/** A quiz of a page: its name and its variants. */
export interface LmsQuestion {
  readonly page: string
  readonly name: string
  readonly variants: readonly LmsVariant[]
}

/** ` (inputs=4 units=8)`: a variant's sizes (only quizzes with ranges have several variants). */
function sizesLabel(sizes: Readonly<Record<string, string>>): string {
  return ` (${Object.entries(sizes)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')})`
}

function choiceFeedback(
  variant: ExportChoiceVariant,
  verdict: OptionVerdict,
  settings: ExportSettings
): string {
  if (verdict.correct) return explainAsked(variant.breakdown, variant.ask, '; ')
  if (verdict.mistakes.length === 0) return settings.strings.quizNoMistake
  return verdict.mistakes
    .map((id) => settings.strings.mistakes[id] ?? mistakeExplanation(id))
    .join('; ')
}

function lmsChoiceVariant(
  variant: ExportChoiceVariant,
  name: string,
  settings: ExportSettings
): LmsChoiceVariant {
  // One verdict per option, in the same order.
  const choices = variant.verdicts.map((verdict, index): LmsChoice => {
    const feedbackText = choiceFeedback(variant, verdict, settings)
    return {
      content: lmsInlineHast(variant.options[index] ?? []),
      text: formatValues(verdict.values, settings.numberFormat),
      correct: verdict.correct,
      feedback: [lmsParagraph(feedbackText)],
      feedbackText
    }
  })
  const solution = quizSolutionContent(
    variant.breakdown,
    variant.ask,
    variant.verdicts,
    lmsSolutionSettings(settings)
  )
  return {
    type: 'choice',
    name,
    stem: lmsHast(variant.question),
    choices,
    generalFeedback: lmsHast(solution),
    formulaHint: lmsFormulaHint(variant.breakdown, variant.ask)
  }
}

function lmsVariant(variant: ExportVariant, name: string, settings: ExportSettings): LmsVariant {
  if (variant.type === 'code-choice') return lmsCodeChoiceVariant(variant, name, settings)
  if (variant.type === 'code-number') return lmsCodeNumberVariant(variant, name, settings)
  return variant.type === 'number'
    ? lmsNumberVariant(variant, name, settings)
    : lmsChoiceVariant(variant, name, settings)
}

/** A quiz's name before numbering: its page, and the heading above it. */
function plainName(quiz: ExportQuiz): string {
  return quiz.heading ? `${quiz.page} — ${quiz.heading}` : quiz.page
}

/**
 * Name every quiz after its page and heading (numbered where a heading holds
 * several) and every variant after its sizes, and build the LMS content.
 */
export function lmsQuestions(
  quizzes: readonly ExportQuiz[],
  settings: ExportSettings
): LmsQuestion[] {
  const base = quizzes.map(plainName)
  const seen = new Map<string, number>()
  return quizzes.map((quiz) => {
    const plain = plainName(quiz)
    const shared = base.filter((name) => name === plain).length > 1
    const ordinal = (seen.get(plain) ?? 0) + 1
    seen.set(plain, ordinal)
    const name = shared ? `${plain} (${ordinal})` : plain
    const many = quiz.variants.length > 1
    const variants = quiz.variants.map((variant, number) =>
      lmsVariant(
        variant,
        many ? `${name} · variant ${number + 1}${sizesLabel(variant.sizes)}` : name,
        settings
      )
    )
    return {page: quiz.page, name, variants}
  })
}
