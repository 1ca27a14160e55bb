// What a quiz adds to a page's weight: the example course's first quiz and
// its number question rendered as self-check forms (`solutions: 'collapse'`),
// against the same quizzes as they were before the form, their question,
// lettered list and folded answer (the plugin's Markdown output read back as
// HTML), the self-check script and its MyST widget twin. Sizes are bytes, as sent and gzipped;
// they do not depend on the machine. `node bench/quiz-weight.js` prints them.
import {readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkRnn from 'remark-rnn'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

const course = readFileSync(
  new URL('../examples/course/rnn-parameters.md', import.meta.url),
  'utf8'
)
const script = readFileSync(new URL('../dist/self-check.js', import.meta.url), 'utf8')
const widget = readFileSync(new URL('../dist/self-check-widget.mjs', import.meta.url), 'utf8')

/** The quiz directives of the course page, as written. */
function quizSource(index) {
  const quizzes = [...course.matchAll(/^:::rnn-quiz[\s\S]*?^:::$/gm)].map((match) => match[0])
  return quizzes[index]
}

const options = {solutions: 'collapse', show: ['table']}
// A quiz before the measured one, so that one is not the page's first.
const firstQuiz = ':::rnn-quiz{inputs=2 units=2 ask=total answer=A}\n- 10\n- 12\n:::\n'
const toHtml = () => unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkMath)
const formHtml = async (markdown) =>
  String(
    await toHtml().use(remarkRnn, options).use(remarkRehype).use(rehypeStringify).process(markdown)
  )
// Before the form: the question, the lettered list and the answer, as plain HTML.
const listHtml = async (markdown) => {
  const expanded = String(
    await toHtml().use(remarkRnn, options).use(remarkStringify).process(markdown)
  )
  return String(await toHtml().use(remarkRehype).use(rehypeStringify).process(expanded))
}

const bytes = (text) => Buffer.byteLength(text)
const gzipped = (text) => gzipSync(text, {level: 9}).length

/** Rows for run.js: [measure, remark-rnn, baseline, ratio, target]. */
export async function quizWeight() {
  const rows = []
  const kb = (value) => `${(value / 1024).toFixed(1)} KB`
  for (const [label, index] of [
    ['a choice quiz (4 options)', 0],
    ['the number question', 4]
  ]) {
    const source = quizSource(index)
    // The first quiz of a page carries the stylesheet: measure one after it, then the stylesheet.
    const page = `${firstQuiz}\n\n${source}\n`
    const form = (await formHtml(page)).slice((await formHtml(firstQuiz)).length)
    const list = (await listHtml(page)).slice((await listHtml(firstQuiz)).length)
    rows.push([
      `${label} as a self-check form, vs without the form (question, options, answer), HTML bytes / gzipped`,
      `${kb(bytes(form))} / ${kb(gzipped(form))}`,
      `${kb(bytes(list))} / ${kb(gzipped(list))}`,
      `+${kb(bytes(form) - bytes(list))} / +${kb(gzipped(form) - gzipped(list))}`,
      'feedback only'
    ])
  }

  const stylesheet =
    /<style>([\s\S]*?)<\/style>/.exec(await formHtml(`${quizSource(0)}\n`))?.[1] ?? ''
  rows.push([
    'the quiz stylesheet, once per page (in its first quiz), bytes / gzipped',
    `${kb(bytes(stylesheet))} / ${kb(gzipped(stylesheet))}`,
    '–',
    '–',
    '–'
  ])
  rows.push([
    'the self-check script, minified / gzipped',
    `${kb(bytes(script))} / ${kb(gzipped(script))}`,
    '–',
    '–',
    '≤ 2 KB gzipped'
  ])
  rows.push([
    'the MyST self-check widget module, minified / gzipped (once per site)',
    `${kb(bytes(widget))} / ${kb(gzipped(widget))}`,
    '–',
    '–',
    '≤ 2 KB gzipped'
  ])
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await quizWeight()) console.log(row.join('  |  '))
}
