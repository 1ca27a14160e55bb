import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import type {ExportQuiz} from '../../src/export/index.js'
import {qtiSchemas, writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, lesson, numberLesson, pageQuizzes} from './quizzes.js'

// Every kind of content the exporter puts in an item: math, tables of stacked and bidirectional layers, lists.
const networks = `# Networks

:::rnn-quiz{cell=lstm inputs=4 units=5 outputs=3 ask="input recurrent output" answer=A}
Count the LSTM's input, recurrent and output parameters: $4 \\cdot 4 \\cdot 5$ and so on.

- 80, 120, 18
- 120, 80, 18
- 18, 120, 80
:::

::rnn-quiz{cell=gru bidirectional=true units=4,4 inputs=3 ask=total}
`

function packageFiles(
  quizzes: readonly ExportQuiz[],
  format: 'qti' | 'qti-template' = 'qti'
): Record<string, Uint8Array> {
  return unzipSync(exported(quizzes, format) as Uint8Array)
}

const packages = {
  'the lesson, four variants per quiz': packageFiles(
    pageQuizzes(lesson, {seed: 2026, variants: 4})
  ),
  'LSTM and stacked bidirectional GRU quizzes': packageFiles(pageQuizzes(networks)),
  'the lesson in German': packageFiles(pageQuizzes(lesson, {seed: 7, variants: 2, locale: 'de'})),
  'number questions (text entry)': packageFiles(pageQuizzes(numberLesson, {seed: 3, variants: 3})),
  'number questions in German': packageFiles(
    pageQuizzes(numberLesson, {seed: 3, variants: 2, locale: 'de'})
  ),
  'template profile: the lesson': packageFiles(
    pageQuizzes(lesson, {seed: 2026, variants: 4}),
    'qti-template'
  ),
  'template profile: LSTM and GRU quizzes': packageFiles(pageQuizzes(networks), 'qti-template'),
  'template profile: number questions': packageFiles(
    pageQuizzes(numberLesson, {seed: 3, variants: 3}),
    'qti-template'
  )
}

describe.skipIf(!xmllintAvailable())('QTI 2.1 files under the IMS schemas', () => {
  for (const [name, files] of Object.entries(packages)) {
    it(`${name}: every item and the test validate against imsqti_v2p1.xsd`, () => {
      const {'imsmanifest.xml': _manifest, ...qti} = files
      const paths = writeTemporary(qti)
      expect(paths.filter((path) => /items-item-q\d+-v\d+(-f\d+)?\.xml$/.test(path))).not.toEqual(
        []
      )
      const result = xmllint(paths, qtiSchemas.qti)
      expect(result.errors).toEqual([])
      expect(result.status).toBe(0)
    })

    it(`${name}: imsmanifest.xml validates against IMS Content Packaging 1.1`, () => {
      const paths = writeTemporary({'imsmanifest.xml': files['imsmanifest.xml'] as Uint8Array})
      const result = xmllint(paths, qtiSchemas.contentPackage)
      expect(result.errors).toEqual([])
      expect(result.status).toBe(0)
    })
  }

  it('the schema check fails on an item the schema forbids', () => {
    const files = packages['the lesson, four variants per quiz']
    const item = new TextDecoder().decode(files['items/item-q01-v01.xml'])
    // An interaction outside itemBody, and an attribute QTI does not have.
    const broken = item.replace('maxChoices="1"', 'maxChoices="1" minimum="1"')
    expect(broken).not.toBe(item)
    const result = xmllint(writeTemporary({'item.xml': broken}), qtiSchemas.qti)
    expect(result.status).not.toBe(0)
    expect(result.errors.join('\n')).toContain(
      "attribute 'minimum': The attribute 'minimum' is not allowed"
    )
  })
})
