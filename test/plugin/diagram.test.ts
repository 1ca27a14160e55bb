import {compile} from '@mdx-js/mdx'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {toMarkdownWithGfmMath, toPlainHtml} from '../helpers/pipelines.js'

const page = `# A page

::rnn{inputs=4 units=5 outputs=3 show=diagram}

:::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=B show="diagram table"}
How many input and recurrent parameters?

- 16, 9
- 12, 20
:::

::rnn-quiz{inputs=6 units=8 outputs=2 cell=gru ask=total show=diagram}
`

const tree = (html: string): Root => fromHtml(html, {fragment: true})

describe('diagrams in pages', () => {
  it('gives every diagram on a page its own title and description ids', async () => {
    const {output} = await toPlainHtml(page)
    const svgs = selectAll('svg', tree(output))
    expect(svgs.map((svg) => svg.properties.ariaLabelledBy)).toEqual(
      [1, 2, 3].map((n) => [`rnn-diagram-${n}-title`, `rnn-diagram-${n}-desc`])
    )
    for (const svg of svgs) {
      for (const id of svg.properties.ariaLabelledBy as string[])
        expect(select(`#${id}`, svg)).toBeDefined()
    }

    // The stylesheet styles every diagram on the page, so only the first carries it.
    expect(svgs.map((svg) => selectAll('style', svg).length)).toEqual([1, 0, 0])
  })

  it('puts a quiz’s diagram in its answer, never in the question, and leaves it out of hidden answers', async () => {
    for (const solutions of ['show', 'collapse'] as const) {
      const {output} = await toPlainHtml(page, {solutions})
      for (const quiz of selectAll('.rnn-quiz', tree(output))) {
        const answer = select('.rnn-solution', quiz) as Element
        expect(selectAll('svg', quiz)).toEqual(selectAll('svg', answer))
        expect(selectAll('svg', answer)).toHaveLength(1)
        // The answer comes after the options.
        expect(quiz.children.indexOf(answer)).toBeGreaterThan(
          quiz.children.indexOf(select('.rnn-quiz-options', quiz) as Element)
        )
      }
    }

    const hidden = await toPlainHtml(page, {solutions: 'hide'})
    expect(selectAll('svg', tree(hidden.output))).toEqual([])
  })

  it('comes first among the parts it is shown with, and the site can ask for it in every solution', async () => {
    const {output} = await toPlainHtml('::rnn{inputs=3 units=4}\n', {show: ['table', 'diagram']})
    const solution = select('.rnn-solution', tree(output)) as Element
    const elements = solution.children.filter((child): child is Element => child.type === 'element')
    expect(elements.map((child) => [child.tagName, child.properties.className])).toEqual([
      ['div', ['rnn-diagram']],
      ['div', ['rnn-scroll']]
    ])
    expect(select('svg', elements[0]!)).toBeDefined()
    expect(select('table', elements[1]!)).toBeDefined()
  })

  it('is left out of Markdown output, which stays idempotent', async () => {
    const first = await toMarkdownWithGfmMath(page)
    expect(first.output).not.toMatch(/svg|rnn-diagram/)
    expect(first.output.startsWith('# A page\n\nHow many')).toBe(true)
    const again = await toMarkdownWithGfmMath(first.output)
    expect(again.output).toBe(first.output)
  })

  it('survives MDX: the SVG, its text and its stylesheet reach the compiled page', async () => {
    // The hast @mdx-js/mdx turns into JSX, captured by a rehype plugin at the end.
    let hast: Root | undefined
    const capture = () => (tree: Root) => {
      hast = tree
    }
    await compile(new VFile({value: page, path: 'page.mdx'}), {
      remarkPlugins: [remarkDirective, remarkGfm, remarkMath, remarkRnn],
      rehypePlugins: [capture]
    })
    if (!hast) throw new Error('MDX produced no hast')
    const svg = select('svg', hast) as Element
    expect(svg.properties.role).toBe('img')
    expect(select('style', svg)).toBeDefined()
    expect(selectAll('text', svg).length).toBeGreaterThan(20)
  })
})
