import type {BlockContent, PhrasingContent} from 'mdast'
import {codeQuizSolutionContent, formatValues} from '../render/index.js'
import {lmsHast, lmsInlineHast, lmsParagraph, lmsSolutionSettings} from './lms-html.js'
import type {LmsNumberVariant} from './lms-number.js'
import type {LmsChoice, LmsChoiceVariant} from './lms-question.js'
import type {ExportCodeChoiceVariant, ExportCodeNumberVariant, ExportSettings} from './types.js'

/** The question with the model's code above it, as the student needs it: the quiz names the model, the LMS has no page. */
function codeStem(variant: ExportCodeChoiceVariant | ExportCodeNumberVariant) {
  const code: BlockContent = {type: 'code', lang: 'python', value: variant.program}
  return lmsHast([code, ...variant.question])
}

/** A choice quiz on a model read from code as an LMS question, with each option's feedback and the worked solution. */
export function lmsCodeChoiceVariant(
  variant: ExportCodeChoiceVariant,
  name: string,
  settings: ExportSettings
): LmsChoiceVariant {
  const choices = variant.choices.map(
    (choice, index): LmsChoice => ({
      content: lmsInlineHast(variant.options[index] as PhrasingContent[]),
      text: formatValues(choice.values, settings.numberFormat),
      correct: choice.correct,
      feedback: [lmsParagraph(choice.feedback)],
      feedbackText: choice.feedback
    })
  )
  // A recorded choice quiz has exactly one right option.
  const key = (variant.choices.find((choice) => choice.correct) as {values: readonly number[]})
    .values
  const wrong = variant.choices
    .filter((choice) => !choice.correct)
    .map((choice) => ({values: choice.values, text: choice.feedback}))
  const solution = codeQuizSolutionContent(
    variant.code,
    key,
    variant.work,
    wrong,
    lmsSolutionSettings(settings)
  )
  return {
    type: 'choice',
    name,
    stem: codeStem(variant),
    choices,
    generalFeedback: lmsHast(solution),
    formulaHint: [lmsParagraph(settings.strings.code.quizHint)]
  }
}

/** A number question on a model read from code as an LMS question: one field per asked quantity, each mistake's numbers with its feedback. */
export function lmsCodeNumberVariant(
  variant: ExportCodeNumberVariant,
  name: string,
  settings: ExportSettings
): LmsNumberVariant {
  const hint = settings.strings.code.quizHint
  const works = variant.work.split('; ')
  const fields = variant.ask.map((_, index) => ({
    label: variant.labels[index] as string,
    key: variant.key[index] as number,
    work: works[index] as string,
    formula: hint
  }))
  const answer = (values: readonly number[], text: string) => ({
    values,
    feedback: [lmsParagraph(text)],
    feedbackText: text
  })
  const wrong = variant.mistakes.map((mistake) => ({
    values: mistake.values,
    text: mistake.explanation
  }))
  const solution = codeQuizSolutionContent(
    variant.code,
    variant.key,
    variant.work,
    wrong,
    lmsSolutionSettings(settings)
  )
  return {
    type: 'number',
    name,
    stem: codeStem(variant),
    fields,
    right: answer(variant.key, variant.work),
    mistakes: variant.mistakes.map((mistake) => answer(mistake.values, mistake.explanation)),
    hint: [lmsParagraph(settings.strings.quizNumberHint)],
    hintText: settings.strings.quizNumberHint,
    generalFeedback: lmsHast(solution),
    formulaHint: [lmsParagraph(hint)]
  }
}
