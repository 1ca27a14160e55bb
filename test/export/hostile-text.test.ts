import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import type {ExportQuiz} from '../../src/export/index.js'
import {writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, pageQuizzes} from './quizzes.js'

// Text XML cannot hold (`]]>` outside CDATA, U+FFFE, U+FFFF) in every field an
// export writes: the page's title, the heading above a quiz, the question and
// its options. Every file must still parse, and read back as written
// (the characters XML cannot hold as U+FFFD).
const hostilePage = `# Step ]]> two \uFFFE

## Part ]]> \uFFFF end]]

:::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=A}
Question ]]> with \uFFFE and \uFFFF inside.

- 12, 20 ]]>
- 20, 12 \uFFFF
:::
`

const quizzes = pageQuizzes(hostilePage)
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content)
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false
})

describe('XML-hostile text in every exported field', () => {
  it('reads back from Moodle XML in the name and the category', () => {
    const xml = text(exported(quizzes, 'moodle'))
    expect(xml).not.toMatch(/[\uFFFE\uFFFF]/)
    const questions = parser.parse(xml).quiz.question as Array<Record<string, any>>
    const name = 'Step ]]> two \uFFFD — Part ]]> \uFFFD end]]'
    expect(questions[0]?.category.text).toBe(`$course$/top/Step ]]> two \uFFFD/${name}`)
    expect(questions[1]?.name.text).toBe(name)
  })

  it('reads back from every QTI file, options and title attribute included', () => {
    const files = unzipSync(exported(quizzes, 'qti') as Uint8Array)
    const item = text(files['items/item-q01-v01.xml'] as Uint8Array)
    expect(item).not.toMatch(/[\uFFFE\uFFFF]/)
    const parsed = parser.parse(item).assessmentItem
    expect(parsed.title).toBe('Step ]]> two \uFFFD — Part ]]> \uFFFD end]]')
    expect(JSON.stringify(parsed.itemBody)).toContain('12, 20 ]]>')
  })

  it.skipIf(!xmllintAvailable())('is well-formed under xmllint', () => {
    const paths = writeTemporary({
      'moodle.xml': exported(quizzes, 'moodle'),
      ...unzipSync(exported(quizzes, 'qti') as Uint8Array)
    })
    const result = xmllint(paths)
    expect(result.errors).toEqual([])
    expect(result.status).toBe(0)
  })
})

describe('GIFT fields on one line', () => {
  const injected = 'Lesson\n\n::Injected::Is this yours?{=yes}\n\n$CATEGORY: elsewhere\r\nend'
  const titled: ExportQuiz[] = quizzes.map((quiz) => ({
    ...quiz,
    page: injected,
    heading: 'A\u2028B'
  }))

  it('writes a title with line breaks into $CATEGORY and ::name:: without adding a question', () => {
    const gift = text(exported(titled, 'gift'))
    const parsed = parseGift(gift)
    expect(parsed.map((question) => question.type)).toEqual(['Category', 'MC'])
    const flat = 'Lesson  ::Injected::Is this yours?{=yes}  $CATEGORY: elsewhere end'
    expect((parsed[0] as {title: string}).title).toBe(`$course$/top/${flat}/${flat} — A B`)
    expect((parsed[1] as {title: string}).title).toBe(`${flat} — A B`)
  })
})
