import {canvasPackageFiles} from './canvas-package.js'
import {giftText} from './gift.js'
import {lmsQuestions} from './lms-question.js'
import {moodleXml} from './moodle-xml.js'
import {qtiPackageFiles, zipPackage} from './qti-package.js'
import type {ExportFile, ExportQuiz, ExportSettings} from './types.js'

export {canvasPackageFiles} from './canvas-package.js'
export {giftEscape, giftText} from './gift.js'
export type {
  LmsNumberAnswer,
  LmsNumberField,
  LmsNumberVariant,
  LmsNumericAnswer,
  LmsNumericPart
} from './lms-number.js'
export {lmsNumberVariant, numericParts} from './lms-number.js'
export type {LmsChoice, LmsChoiceVariant, LmsQuestion, LmsVariant} from './lms-question.js'
export {lmsQuestions} from './lms-question.js'
export {moodleXml} from './moodle-xml.js'
export {qtiItem} from './qti-item.js'
export type {QtiProfile} from './qti-package.js'
export {qtiPackageFiles, zipPackage} from './qti-package.js'
export type {QtiItemFile} from './qti-template-item.js'
export {matchCorrectTemplate, qtiTemplateItems} from './qti-template-item.js'
export type {
  ExportChoiceVariant,
  ExportFile,
  ExportFormat,
  ExportNumberMistake,
  ExportNumberVariant,
  ExportQuiz,
  ExportSettings,
  ExportVariant
} from './types.js'
export {exportFormats} from './types.js'

/** Checked quizzes as the file an LMS imports: Moodle XML, GIFT, a QTI 2.1 zip (with feedback, or template-only), or a Canvas QTI 1.2 zip. */
export function exportQuizzes(
  quizzes: readonly ExportQuiz[],
  settings: ExportSettings
): ExportFile[] {
  const questions = lmsQuestions(quizzes, settings)
  if (settings.format === 'moodle') return [{path: settings.output, content: moodleXml(questions)}]
  if (settings.format === 'gift') return [{path: settings.output, content: giftText(questions)}]
  if (settings.format === 'canvas')
    return [{path: settings.output, content: zipPackage(canvasPackageFiles(questions))}]
  if (settings.format === 'qti-template')
    return [{path: settings.output, content: zipPackage(qtiPackageFiles(questions, 'template'))}]
  return [{path: settings.output, content: zipPackage(qtiPackageFiles(questions))}]
}
