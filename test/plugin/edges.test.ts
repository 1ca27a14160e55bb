import type {Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {messageLines, toMarkdown, toMarkdownWithGfmMath, toPlainHtml} from '../helpers/pipelines.js'

// Paths of the plugin the fixtures do not take: unusual but legal input.

describe('a paragraph that looks like a directive', () => {
  it('is named in a table cell too, where no block directive can stand, and the cell is kept as written', async () => {
    const table =
      '| a | b |\n| - | - |\n| :::rnn{inputs=4 units=5} | ::rnn{inputs=4} |\n| x | :rnn[total]{inputs=4 units=5} |\n'
    const {file, output} = await toMarkdownWithGfmMath(table)
    const hint =
      'A block directive cannot stand in a table cell: write `:rnn[total]{…}` for a number there, or move the directive out of the table.'
    expect(messageLines(file)).toBe(
      [
        `3:3-3:27 error unparsed-directive: \`:::rnn{inputs=4 units=5}\` looks like an rnn directive but could not be read, so it would show as text. ${hint}`,
        `3:30-3:45 error unparsed-directive: \`::rnn{inputs=4}\` looks like an rnn directive but could not be read, so it would show as text. ${hint}`
      ].join('\n')
    )
    // The table keeps its cells, each as written, in Markdown and in HTML.
    expect(String(output).split('\n').slice(2, 4)).toEqual([
      '| :::rnn{inputs=4 units=5} | ::rnn{inputs=4} |',
      '| x                        | 50              |'
    ])
    const html = String((await toPlainHtml(table)).output)
    expect(html).toContain(
      '<tr>\n<td><span>:::rnn{inputs=4 units=5}</span></td>\n<td><span>::rnn{inputs=4}</span></td>\n</tr>'
    )
  })

  it('is named, clipped to 60 characters, with a hint for a name without attributes', async () => {
    const {file} = await toMarkdown(
      `::rnn inputs=4 units=5 outputs=3 and a long sentence after it, on and on\n`
    )
    expect(messageLines(file)).toBe(
      '1:1-1:73 error unparsed-directive: `::rnn inputs=4 units=5 outputs=3 and a long sentence after …` looks like an rnn directive but could not be read, so it would show as text. Write attributes after the name, as `{inputs=4 units=5}` or `<inputs=4 units=5>`.'
    )
  })
})

describe('a quiz key', () => {
  it('pointing at an option that matches no known mistake says only which is right', async () => {
    const {file} = await toMarkdown(
      ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nThe total?\n\n- 31\n- 32\n:::\n'
    )
    expect(messageLines(file)).toBe(
      '1:47-1:48 error wrong-key: Answer B, not A: total = 12 + 20 = 32. The key points at option A (31).'
    )
  })
})

describe('the plugin without options, on a tree without positions', () => {
  it('expands directives made in code and reports problems without a place', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'containerDirective',
          name: 'rnn',
          attributes: {inputs: '4', units: '5', outputs: '3', show: 'table'},
          children: []
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'textDirective',
              name: 'rnn',
              attributes: {inputs: '4', units: '5', outputs: '3'},
              children: []
            }
          ]
        },
        {type: 'leafDirective', name: 'rnn', attributes: {inputs: '4', units: '0'}, children: []},
        {
          type: 'paragraph',
          children: [
            {
              type: 'textDirective',
              name: 'rnn',
              attributes: {inputs: '4', units: '0'},
              children: []
            }
          ]
        },
        {
          type: 'leafDirective',
          name: 'rnn',
          attributes: {id: 'a', inputs: '4', units: '5'},
          children: []
        },
        {
          type: 'leafDirective',
          name: 'rnn',
          attributes: {id: 'a', inputs: '4', units: '6'},
          children: []
        }
      ]
    }
    const file = new VFile()
    const processor = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkRnn, {strict: false})
      .use(remarkStringify)
    const result = await processor.run(tree, file)
    const markdown = processor.stringify(result as Root)
    expect(markdown).toMatch(/\| Output bias +\| +\$b_\{y\}\$ \| 1 × 3 \| \$o = 3\$ +\| +3 \|/)
    expect(markdown).toContain('68')
    expect(messageLines(file).split('\n')).toEqual([
      '? error out-of-range: `units` must be at least 1, not 0.',
      '? error out-of-range: `units` must be at least 1, not 0.',
      // Without positions the first definition has no line to name.
      '? error duplicate-model: A model named `a` is already defined; give this one another `id`.',
      expect.stringMatching(/^\? warning unused-model: /)
    ])
    // Broken directives stay in the page; without source text, each shows as its name.
    expect(markdown).toContain('::rnn{inputs="4" units="0"}\n\n:rnn{inputs="4" units="0"}')
    expect(JSON.stringify(result)).toContain('{"type":"inlineCode","value":"::rnn"}')
    expect(JSON.stringify(result)).toContain(
      '"tagName":"code","properties":{},"children":[{"type":"text","value":":rnn"}]'
    )
  })
})

describe('recorded quizzes', () => {
  const quiz = ':::rnn-quiz{inputs=3 units=4 ask=total answer=B}\nThe total?\n\n- 31\n- 32\n:::\n'

  it('are named after the tool when the page has no path, title or heading', async () => {
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
    const file = new VFile({value: quiz})
    await processor.run(processor.parse(file), file)
    expect(file.data.rnnQuizzes?.map((record) => [record.page, record.heading])).toEqual([
      ['remark-rnn', undefined]
    ])
  })

  it('take no heading in a tree without positions: none can be placed above them', async () => {
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
    const parsed = processor.parse(`# Page\n\n## Part\n\n${quiz}`)
    const strip = (node: {position?: unknown; children?: unknown[]}) => {
      delete node.position
      for (const child of node.children ?? []) strip(child as never)
    }
    strip(parsed)
    const file = new VFile({path: 'page.md'})
    await processor.run(parsed, file)
    expect(file.data.rnnQuizzes?.map((record) => [record.page, record.heading])).toEqual([
      ['Page', undefined]
    ])
  })
})

describe('a container directive on the last line of a page', () => {
  it('has no closing fence: it is reported, not taken as closed', async () => {
    const {file} = await toMarkdown('Intro.\n\n:::rnn{inputs=4 units=5}')
    expect(messageLines(file)).toBe(
      '3:1-3:25 error missing-closing-fence: This `:::rnn` container has no closing `:::` line, so it would take in the rest of the page; add one after its content.'
    )
  })
})

describe('quiz ranges that reach sizes not allowed', () => {
  it.each([
    // Both ends give the same problem: said once.
    [
      '::rnn-quiz{inputs=0..0 units=4 ask=total}',
      [
        '1:19-1:23 error invalid-range: The range of `inputs` reaches a size that is not allowed: `inputs` must be at least 1, not 0.'
      ]
    ],
    // A problem of a fixed attribute is the description's, not the range's.
    [
      '::rnn-quiz{inputs=1..3 units=0 ask=total}',
      ['1:30-1:31 error out-of-range: `units` must be at least 1, not 0.']
    ],
    [
      '::rnn-quiz{inputs=1..3 ask=total}',
      [
        '1:1-1:34 error missing-attribute: Missing `units`: say how many hidden units the network has, such as `units=5`.'
      ]
    ],
    [
      '::rnn-quiz{inputs=0..2 units=0..3 ask=total}',
      [
        '1:19-1:23 error invalid-range: The range of `inputs` reaches a size that is not allowed: `inputs` must be at least 1, not 0.',
        '1:30-1:34 error invalid-range: The range of `units` reaches a size that is not allowed: `units` must be at least 1, not 0.'
      ]
    ]
  ])('%s', async (source, messages) => {
    const {file} = await toMarkdown(source + '\n')
    expect(messageLines(file).split('\n')).toEqual(messages)
  })
})
