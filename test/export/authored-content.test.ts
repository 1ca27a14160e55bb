import {XMLParser} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import {qtiSchemas, writeTemporary, xmllint, xmllintAvailable} from '../helpers/xmllint.js'
import {exported, pageQuizzes} from './quizzes.js'

// Everything an author may write in a question: a link, an image, struck text, a footnote, a task list, code.
const markdown = `# Authored

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
Read [the docs](https://example.org/rnn "RNN docs") and look at ![an RNN cell](cell.png "The cell"). ~~Old~~ wording[^note].

- [x] read the docs
- [ ] count

\`\`\`python
model = Sequential()
model.add(SimpleRNN(4))
\`\`\`

[^note]: A footnote.

- 32
- 28
- 36
:::
`

const mdxPage = `# MDX

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
How many parameters has W<sub>xh</sub> with its <abbr title="recurrent neural network">RNN</abbr>?<br />An <em>exact</em> count, <Note>said plainly</Note>.

<figure class="cell wide">
  <img src="cell.png" />

  <>A figure's <span hidden title={'computed'} {...{lang: 'en'}}>caption</span>.</>
</figure>

- 32
- 28
- 36
:::
`

const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content)
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false
})

describe('what the author wrote, in every format', () => {
  const quizzes = pageQuizzes(markdown)

  it('keeps a code block’s line breaks in Moodle XML and GIFT', () => {
    const moodle = parser.parse(text(exported(quizzes, 'moodle'))).quiz.question[1]
    expect(moodle.questiontext.text).toContain(
      '<pre><code class="language-python">model = Sequential()&#10;model.add(SimpleRNN(4))&#10;</code></pre>'
    )
    const [, gift] = parseGift(text(exported(quizzes, 'gift')))
    if (gift?.type !== 'MC') throw new Error('no question')
    expect(gift.stem.text).toContain('model = Sequential()&#10;model.add(SimpleRNN(4))')
  })

  it('keeps links’ href and images’ src and alt in QTI, and writes del, task boxes and footnotes as QTI allows', () => {
    const files = unzipSync(exported(quizzes, 'qti') as Uint8Array)
    const item = text(files['items/item-q01-v01.xml'] as Uint8Array)
    expect(item).toContain('<a href="https://example.org/rnn">the docs</a>')
    expect(item).toContain('<img src="cell.png" alt="an RNN cell" />')
    expect(item).toContain('<span class="del">Old</span>')
    expect(item).toContain('☑ read the docs')
    expect(item).toContain('☐ count')
    expect(item).toMatch(/<div class="section footnotes">/)
    expect(item).toContain('model = Sequential()\nmodel.add(SimpleRNN(4))')
  })

  it('keeps an MDX page’s JSX as the HTML it means', () => {
    const mdx = pageQuizzes(mdxPage, {}, {mdx: true})
    const moodle = parser.parse(text(exported(mdx, 'moodle'))).quiz.question[1]
    // A component and a fragment keep their content; expression attributes cannot be evaluated.
    expect(moodle.questiontext.text).toBe(
      '<p>How many parameters has W<sub>xh</sub> with its <abbr title="recurrent neural network">RNN</abbr>?<br>An <em>exact</em> count, said plainly.</p>' +
        '<figure class="cell wide"><img src="cell.png"><p>A figure\'s <span hidden>caption</span>.</p></figure>'
    )
    const files = unzipSync(exported(mdx, 'qti') as Uint8Array)
    expect(text(files['items/item-q01-v01.xml'] as Uint8Array)).toContain(
      // QTI has no title attribute: the abbreviation stays, its expansion only in the other formats.
      'W<sub>xh</sub> with its <abbr>RNN</abbr>?<br />An <em>exact</em> count'
    )
    // figure is not QTI: a div (it holds blocks) with its name as a class.
    expect(text(files['items/item-q01-v01.xml'] as Uint8Array)).toContain(
      '<div class="figure cell wide"><img src="cell.png" alt="" /><p>'
    )
  })
})

describe.skipIf(!xmllintAvailable())('authored content under the QTI 2.1 schema', () => {
  it('validates, Markdown and MDX alike', () => {
    for (const quizzes of [pageQuizzes(markdown), pageQuizzes(mdxPage, {}, {mdx: true})]) {
      const {'imsmanifest.xml': _manifest, ...qti} = unzipSync(
        exported(quizzes, 'qti') as Uint8Array
      )
      const result = xmllint(writeTemporary(qti), qtiSchemas.qti)
      expect(result.errors).toEqual([])
      expect(result.status).toBe(0)
    }
  })
})
