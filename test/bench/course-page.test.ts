// The page `npm run bench` times diagrams on: the example course with a
// diagram in every solution, against the same course with none. If the
// course's syntax changes, the measure must not silently lose its diagrams.
import {readFileSync} from 'node:fs'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {coursePage} from '../../bench/page.js'
import remarkRnn from '../../src/index.js'

const pipeline = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkRnn)
  .use(remarkRehype)
  .use(rehypeStringify)
const diagrams = (page: string) =>
  (String(pipeline.processSync(page)).match(/class="rnn-diagram-svg"/g) ?? []).length
/** Block directives (`::rnn…`, `:::rnn-quiz…`): each has one solution. */
const solutions = (page: string) => (page.match(/^:{2,}rnn(?:-quiz)?[{<]/gm) ?? []).length

describe('the diagram bench page', () => {
  it('has a diagram in every solution, or in none', () => {
    const drawn = coursePage(true)
    expect(solutions(drawn)).toBeGreaterThan(10)
    expect(diagrams(drawn)).toBe(solutions(drawn))
    expect(diagrams(coursePage(false))).toBe(0)
  })

  it('differs from the course only in the `show` of its directives', () => {
    const course = readFileSync(
      new URL('../../examples/course/rnn-parameters.md', import.meta.url),
      'utf8'
    )
    const withoutShow = (page: string) => page.replace(/\s*\bshow=("[^"]*"|[\w,]+)/g, '')
    expect(coursePage(true)).not.toBe(course)
    expect(withoutShow(coursePage(true))).toBe(withoutShow(course))
    expect(withoutShow(coursePage(false))).toBe(withoutShow(course))
  })
})
