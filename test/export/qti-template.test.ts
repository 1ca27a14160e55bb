import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {lmsQuestions, matchCorrectTemplate} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {exported, lesson, numberLesson, pageQuizzes} from './quizzes.js'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false
})
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)
const settings = {
  format: 'qti-template',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const

const choiceQuizzes = pageQuizzes(lesson, {seed: 2026, variants: 4})
const numberQuizzes = pageQuizzes(numberLesson, {seed: 3, variants: 3})
const packages = {
  choice: unzipSync(exported(choiceQuizzes, 'qti-template') as Uint8Array),
  number: unzipSync(exported(numberQuizzes, 'qti-template') as Uint8Array)
}

/** Every item file of a package, by path. */
function itemFiles(zip: Record<string, Uint8Array>): Array<[string, string]> {
  return Object.entries(zip)
    .filter(([path]) => path.startsWith('items/'))
    .map(([path, bytes]) => [path, decode(bytes)])
}

describe('QTI 2.1 template profile (--format=qti-template)', () => {
  for (const [name, zip] of Object.entries(packages)) {
    it(`${name}: every item uses match_correct, with no condition, feedback or FEEDBACK outcome`, () => {
      const items = itemFiles(zip)
      expect(items).not.toEqual([])
      for (const [, xml] of items) {
        expect(xml).toContain(`<responseProcessing template="${matchCorrectTemplate}" />`)
        expect(xml).not.toMatch(/responseCondition|modalFeedback|feedbackInline|FEEDBACK/)
        const item = parser.parse(xml).assessmentItem
        expect(item.responseDeclaration.identifier).toBe('RESPONSE')
        expect(item.outcomeDeclaration.identifier).toBe('SCORE')
        // The worked solution, for scorer and tutor only.
        expect(item.itemBody.rubricBlock.view).toBe('scorer tutor')
      }
    })

    it(`${name}: the manifest and the test list exactly the items in the zip`, () => {
      const paths = itemFiles(zip).map(([path]) => path)
      const manifest = decode(zip['imsmanifest.xml'])
      const test = decode(zip['test.xml'])
      for (const path of paths) {
        expect(manifest).toContain(`href="${path}"`)
        expect(test).toContain(`href="${path}"`)
      }
      expect(manifest.match(/type="imsqti_item_xmlv2p1"/g)).toHaveLength(paths.length)
    })
  }

  it('keys each choice item by the right option, as the feedback profile does', () => {
    const variants = lmsQuestions(choiceQuizzes, settings).flatMap((question) => question.variants)
    const items = itemFiles(packages.choice)
    expect(items).toHaveLength(variants.length)
    for (const [index, [, xml]] of items.entries()) {
      const variant = variants[index]
      if (variant?.type !== 'choice') throw new Error('a choice variant expected')
      const key = variant.choices.findIndex((choice) => choice.correct)
      const item = parser.parse(xml).assessmentItem
      expect(item.title).toBe(variant.name)
      expect(item.responseDeclaration.baseType).toBe('identifier')
      expect(item.responseDeclaration.correctResponse.value).toBe(String.fromCharCode(65 + key))
      expect(item.itemBody.choiceInteraction.simpleChoice).toHaveLength(variant.choices.length)
    }
  })

  it('writes a number question asking two numbers as two integer items, drawn together', () => {
    const items = Object.fromEntries(itemFiles(packages.number))
    const first = parser.parse(items['items/item-q02-v01-f1.xml'] ?? '').assessmentItem
    const second = parser.parse(items['items/item-q02-v01-f2.xml'] ?? '').assessmentItem
    expect(first.responseDeclaration).toMatchObject({
      baseType: 'integer',
      correctResponse: {value: '12'}
    })
    expect(second.responseDeclaration.correctResponse.value).toBe('20')
    expect(first.title).toMatch(/: Input parameters$/)
    expect(first.itemBody.p.textEntryInteraction.responseIdentifier).toBe('RESPONSE')
    // One asked number: one item, named as the variant.
    const single = parser.parse(items['items/item-q01-v01.xml'] ?? '').assessmentItem
    expect(single.responseDeclaration.correctResponse.value).toBe('32')

    const test = parser.parse(decode(packages.number['test.xml'])).assessmentTest
    const sections = test.testPart.assessmentSection.assessmentSection
    const pair = sections[1].assessmentSection
    expect(pair.identifier).toBe('question-2-variant-1')
    expect(pair.assessmentItemRef.map((ref: {href: string}) => ref.href)).toEqual([
      'items/item-q02-v01-f1.xml',
      'items/item-q02-v01-f2.xml'
    ])
  })
})
