import {zipSync} from 'fflate'
import type {LmsQuestion, LmsVariant} from './lms-question.js'
import {qtiItem} from './qti-item.js'
import {qtiNamespace} from './qti-parts.js'
import type {QtiItemFile} from './qti-template-item.js'
import {qtiTemplateItems} from './qti-template-item.js'
import type {XmlElement} from './xml-element.js'
import {xmlDocument} from './xml-element.js'

const packageNamespace = 'http://www.imsglobal.org/xsd/imscp_v1p1'

/** A file inside the package. */
export interface PackagedFile {
  readonly path: string
  readonly content: string
}

/** `item-q01-v02`: identifiers that are valid XML names and sort in order. */
function itemIdentifier(question: number, variant: number): string {
  return `item-q${String(question + 1).padStart(2, '0')}-v${String(variant + 1).padStart(2, '0')}`
}

function manifest(items: readonly ItemRef[], test: string): string {
  const root = xmlDocument(
    'manifest',
    {
      identifier: 'remark-rnn-questions',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${packageNamespace} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd`
    },
    packageNamespace
  )
  const metadata = root.ele('metadata')
  metadata.ele('schema').txt('QTIv2.1 Package')
  metadata.ele('schemaversion').txt('1.0.0')
  root.ele('organizations')
  const resources = root.ele('resources')
  const testResource = resources.ele('resource', {
    identifier: 'test',
    type: 'imsqti_test_xmlv2p1',
    href: test
  })
  testResource.ele('file', {href: test})
  for (const item of items) {
    testResource.ele('dependency', {identifierref: item.identifier})
    const resource = resources.ele('resource', {
      identifier: item.identifier,
      type: 'imsqti_item_xmlv2p1',
      href: item.path
    })
    resource.ele('file', {href: item.path})
  }

  return root.end()
}

/** An item's identifier and where it is in the package. */
interface ItemRef {
  readonly identifier: string
  readonly path: string
}

/** A question's variants, each one item (or, in the template profile, one per asked number). */
interface Section {
  readonly name: string
  readonly variants: ReadonlyArray<readonly ItemRef[]>
}

/**
 * Which QTI 2.1 items: `feedback`, each answer's feedback through custom
 * response processing (Canvas, Brightspace); `template`, only the standard
 * `match_correct` template and no feedback (Blackboard, Inspera).
 */
export type QtiProfile = 'feedback' | 'template'

function refs(parent: XmlElement, items: readonly ItemRef[]): void {
  for (const item of items)
    parent.ele('assessmentItemRef', {identifier: item.identifier, href: item.path})
}

/** A test with a section per question that draws one of its variants at random. */
function assessmentTest(sections: readonly Section[]): string {
  const test = xmlDocument(
    'assessmentTest',
    {
      identifier: 'remark-rnn-test',
      title: 'remark-rnn questions'
    },
    qtiNamespace
  )
  const part = test.ele('testPart', {
    identifier: 'part',
    navigationMode: 'nonlinear',
    submissionMode: 'individual'
  })
  // Invisible: importers make a visible section's title a question of its own.
  const all = part.ele('assessmentSection', {
    identifier: 'questions',
    title: 'Questions',
    visible: 'false'
  })
  for (const [index, {name, variants}] of sections.entries()) {
    const section = all.ele('assessmentSection', {
      identifier: `question-${index + 1}`,
      title: name,
      visible: 'false'
    })
    // Variants: draw one. A single item is a question of its own, not a group.
    if (variants.length > 1) section.ele('selection', {select: '1'})
    // Canvas reads a shuffling section as "shuffle answers"; here it only reorders variants.
    section.ele('ordering', {shuffle: 'true'})
    for (const [number, items] of variants.entries()) {
      // A variant of several items (one per asked number) is drawn whole, as a section.
      if (items.length === 1) refs(section, items)
      else
        refs(
          section.ele('assessmentSection', {
            identifier: `question-${index + 1}-variant-${number + 1}`,
            title: name,
            visible: 'false'
          }),
          items
        )
    }
  }

  return test.end()
}

/** A variant's items in the profile's form. */
function variantItems(variant: LmsVariant, identifier: string, profile: QtiProfile): QtiItemFile[] {
  return profile === 'template'
    ? qtiTemplateItems(variant, identifier)
    : [{identifier, content: qtiItem(variant, identifier)}]
}

/** Every file of the QTI 2.1 package: the items of every variant, the test, and `imsmanifest.xml` listing them. */
export function qtiPackageFiles(
  questions: readonly LmsQuestion[],
  profile: QtiProfile = 'feedback'
): PackagedFile[] {
  const files: PackagedFile[] = []
  const sections = questions.map(
    (question, index): Section => ({
      name: question.name,
      variants: question.variants.map((variant, number) =>
        variantItems(variant, itemIdentifier(index, number), profile).map(
          ({identifier, content}) => {
            const path = `items/${identifier}.xml`
            files.push({path, content})
            return {identifier, path}
          }
        )
      )
    })
  )
  const test = 'test.xml'
  files.push({path: test, content: assessmentTest(sections)})
  files.unshift({
    path: 'imsmanifest.xml',
    content: manifest(
      sections.flatMap((section) => section.variants.flat()),
      test
    )
  })
  return files
}

// Local time fields, so the bytes are the same in every time zone.
const fixedTime = new Date(2000, 0, 1, 0, 0, 0)

/** The files as one zip with fixed timestamps: the same questions give the same bytes. */
export function zipPackage(files: readonly PackagedFile[]): Uint8Array {
  const encoder = new TextEncoder()
  const entries = Object.fromEntries(files.map((file) => [file.path, encoder.encode(file.content)]))
  return zipSync(entries, {level: 6, mtime: fixedTime})
}
