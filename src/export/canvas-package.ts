import type {CanvasItemPlace} from './canvas-item.js'
import {canvasChoiceItem, canvasNumericalItem} from './canvas-item.js'
import {metadataField} from './canvas-parts.js'
import type {LmsNumberField, LmsNumericPart} from './lms-number.js'
import {numericParts} from './lms-number.js'
import type {LmsChoiceVariant, LmsQuestion, LmsVariant} from './lms-question.js'
import type {PackagedFile} from './qti-package.js'
import type {XmlElement} from './xml-element.js'
import {xmlDocument} from './xml-element.js'

/**
 * A QTI 1.2 package in Canvas's dialect, laid out as Canvas's own "QTI
 * export" of a quiz: `imsmanifest.xml`, the assessment, and Canvas's
 * `assessment_meta.xml` with the quiz's settings. Canvas (Classic and New
 * Quizzes) imports it as one quiz.
 */

const quizId = 'remark-rnn-quiz'
const quizTitle = 'remark-rnn questions'
const qtiNamespace = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2'
const canvasNamespace = 'http://canvas.instructure.com/xsd/cccv1p0'
const packageNamespace = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1'
const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance'

/** Every question is worth one point; every number of a several-number question too. */
const points = 1

/** One variant's item to write: a choice question or one number of a number question. */
type CanvasEntry =
  | {readonly type: 'choice'; readonly variant: LmsChoiceVariant}
  | {readonly type: 'numerical'; readonly part: LmsNumericPart}

/** What a student gets one of: a question (or one number of it) with its variants. */
interface Slot {
  readonly ident: string
  readonly title: string
  readonly entries: ReadonlyArray<{readonly ident: string; readonly entry: CanvasEntry}>
}

/** A variant's items: itself, or one per number it asks (with that number's label). */
interface VariantEntry {
  readonly label: string | undefined
  readonly entry: CanvasEntry
}

function variantEntries(variant: LmsVariant): VariantEntry[] {
  if (variant.type === 'choice') return [{label: undefined, entry: {type: 'choice', variant}}]
  const parts = numericParts(variant)
  return parts.map((part, index) => ({
    label: parts.length > 1 ? (variant.fields[index] as LmsNumberField).label : undefined,
    entry: {type: 'numerical', part}
  }))
}

const twoDigits = (index: number) => String(index + 1).padStart(2, '0')

/**
 * A slot per question holding its variants; a number question asking
 * several numbers is a slot per number (Canvas's numerical question takes
 * one), so each right number earns its point.
 */
function questionSlots(question: LmsQuestion, index: number): Slot[] {
  const name = `q${twoDigits(index)}`
  const perVariant = question.variants.map(variantEntries)
  // Every quiz has a variant; all its variants ask the same.
  const first = perVariant[0] as VariantEntry[]
  return first.map((head, slot) => {
    const suffix = first.length > 1 ? `-p${slot + 1}` : ''
    return {
      ident: `group-${name}${suffix}`,
      title: head.label === undefined ? question.name : `${question.name} · ${head.label}`,
      entries: perVariant.flatMap((entries, number) =>
        entries.slice(slot, slot + 1).map(({entry}) => ({
          ident: `item-${name}-v${twoDigits(number)}${suffix}`,
          entry
        }))
      )
    }
  })
}

function writeEntry(entry: CanvasEntry, place: CanvasItemPlace): void {
  if (entry.type === 'choice') canvasChoiceItem(entry.variant, place)
  else canvasNumericalItem(entry.part, place)
}

/**
 * A slot's items: the one item in the quiz itself, or several variants as
 * a question group that draws one of them for each student.
 */
function writeSlot(root: XmlElement, slot: Slot, answerId: () => string): void {
  let parent = root
  if (slot.entries.length > 1) {
    parent = root.ele('section', {ident: slot.ident, title: slot.title})
    const selection = parent.ele('selection_ordering').ele('selection')
    selection.ele('selection_number').txt('1')
    selection.ele('selection_extension').ele('points_per_item').txt(String(points))
  }
  for (const {ident, entry} of slot.entries) writeEntry(entry, {parent, ident, points, answerId})
}

/** The assessment: one quiz whose root section holds every question, groups and items. */
function assessment(slots: readonly Slot[]): string {
  const document = xmlDocument(
    'questestinterop',
    {
      'xmlns:xsi': xsiNamespace,
      'xsi:schemaLocation': `${qtiNamespace} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`
    },
    qtiNamespace
  )
  const quiz = document.ele('assessment', {ident: quizId, title: quizTitle})
  metadataField(quiz.ele('qtimetadata'), 'cc_maxattempts', 'unlimited')
  const root = quiz.ele('section', {ident: 'root_section'})
  // Canvas keys answers by number; ids unique in the whole package.
  let lastId = 1000
  const answerId = () => String(++lastId)
  for (const slot of slots) writeSlot(root, slot, answerId)
  return document.end()
}

/** Canvas's quiz settings: options shuffled (the key follows its option), attempts unlimited. */
function assessmentMeta(total: number): string {
  const quiz = xmlDocument(
    'quiz',
    {
      identifier: quizId,
      'xmlns:xsi': xsiNamespace,
      'xsi:schemaLocation': `${canvasNamespace} https://canvas.instructure.com/xsd/cccv1p0.xsd`
    },
    canvasNamespace
  )
  const settings: Array<[string, string]> = [
    ['title', quizTitle],
    ['description', ''],
    ['shuffle_answers', 'true'],
    ['scoring_policy', 'keep_highest'],
    ['hide_results', ''],
    ['quiz_type', 'assignment'],
    ['points_possible', String(total)],
    ['show_correct_answers', 'true'],
    ['anonymous_submissions', 'false'],
    ['could_be_locked', 'false'],
    ['allowed_attempts', '-1'],
    ['one_question_at_a_time', 'false'],
    ['cant_go_back', 'false'],
    ['available', 'false'],
    ['one_time_results', 'false'],
    ['show_correct_answers_last_attempt', 'false'],
    ['only_visible_to_overrides', 'false'],
    ['module_locked', 'false']
  ]
  for (const [name, value] of settings) quiz.ele(name).txt(value)
  quiz.ele('assignment_overrides')
  return quiz.end()
}

/** The manifest: the assessment, and its settings as the resource it depends on. */
function manifest(assessmentPath: string, metaPath: string): string {
  const root = xmlDocument(
    'manifest',
    {
      identifier: `${quizId}-export`,
      'xmlns:xsi': xsiNamespace,
      'xsi:schemaLocation': `${packageNamespace} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`
    },
    packageNamespace
  )
  const metadata = root.ele('metadata')
  metadata.ele('schema').txt('IMS Content')
  metadata.ele('schemaversion').txt('1.1.3')
  root.ele('organizations')
  const resources = root.ele('resources')
  const quiz = resources.ele('resource', {identifier: quizId, type: 'imsqti_xmlv1p2'})
  quiz.ele('file', {href: assessmentPath})
  quiz.ele('dependency', {identifierref: `${quizId}-meta`})
  resources
    .ele('resource', {
      identifier: `${quizId}-meta`,
      type: 'associatedcontent/imscc_xmlv1p1/learning-application-resource',
      href: metaPath
    })
    .ele('file', {href: metaPath})
  return root.end()
}

/** Every file of the Canvas package: manifest, assessment and Canvas's quiz settings. */
export function canvasPackageFiles(questions: readonly LmsQuestion[]): PackagedFile[] {
  const slots = questions.flatMap(questionSlots)
  const assessmentPath = `${quizId}/${quizId}.xml`
  const metaPath = `${quizId}/assessment_meta.xml`
  return [
    {path: 'imsmanifest.xml', content: manifest(assessmentPath, metaPath)},
    {path: assessmentPath, content: assessment(slots)},
    {path: metaPath, content: assessmentMeta(slots.length * points)}
  ]
}
