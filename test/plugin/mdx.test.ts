import {compile} from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {pageProcessor} from '../../src/cli/pipelines.js'
import remarkRnn from '../../src/index.js'

const page = `import {Chart} from './chart.js'

# Parameters in MDX

<Chart kind="bars" />

:::rnn<inputs=4 units=5 outputs=3>
Written next to JSX: {2 + 2} inputs.
:::

:::rnn{inputs=3 units=4 show=table}
:::

> ::rnn<inputs=1 units=2 show=table>

- In a list: :rnn[total]{inputs=4 units=5 outputs=3} parameters.

  ::rnn<inputs=2 units=2 show=table>

\`:::rnn<inputs=9 units=9>\` stays code, and so does the fence:

\`\`\`md
:::rnn<inputs=9 units=9>
:::
\`\`\`
`

async function html(value: string): Promise<string> {
  const file = new VFile({value, path: 'page.mdx'})
  return String(await pageProcessor(file, {}).process(file))
}

describe('MDX (@mdx-js/mdx)', () => {
  it('needs the plugin for the short form: plain MDX refuses `<…>`', async () => {
    await expect(compile(':::rnn<inputs=4 units=5>\n:::\n')).rejects.toThrow(/Unexpected character/)
  })

  it('compiles a page with both spellings next to JSX', async () => {
    const file = await compile(page, {
      remarkPlugins: [remarkDirective, remarkGfm, remarkMath, remarkRnn]
    })
    expect(file.messages).toEqual([])
    const code = String(file)
    expect(code).toContain('"data-rnn-total": "68"')
    expect(code).toContain('"data-rnn-total": "32"')
    expect(code).toContain('_jsx(Chart')
  })

  it('renders the generated solutions, numbers and untouched code', async () => {
    const output = await html(
      page.replace(/^import.*\n/, '').replace('<Chart kind="bars" />', '<aside>chart</aside>')
    )
    expect(output.match(/class="rnn-solution"/g)).toHaveLength(4)
    expect(output).toContain(
      'Written next to JSX: <code class="mdx-expression">{2 + 2}</code> inputs.'
    )
    expect(output).toContain('In a list: <span class="rnn-number">68</span> parameters.')
    expect(output).toContain('<code>:::rnn&#x3C;inputs=9 units=9></code>')
    expect(output).toContain(':::rnn&#x3C;inputs=9 units=9>\n:::')
    expect(output).not.toContain('katex-error')
  })

  it('compiles a broken directive’s visible note to JSX, its style as an object', async () => {
    const file = await compile(
      '::rnn{inputs=4 units=0}\n\nSee :rnn[total=3]{inputs=4 units=5}.\n',
      {remarkPlugins: [remarkDirective, [remarkRnn, {strict: false}]]}
    )
    const code = String(file)
    expect(
      code.match(/className: "rnn-problem-note",\s+style: \{\s+color: "#b71c1c"\s+\}/g)
    ).toHaveLength(2)
    expect(code).toContain('"out-of-range"')
    expect(code).toContain('"wrong-number"')
  })

  it('reports problems in MDX with positions', async () => {
    const file = await compile(
      new VFile({value: '# T\n\n<div/>\n\n::rnn<inputs=4 units=0>\n', path: 'bad.mdx'}),
      {
        remarkPlugins: [remarkDirective, [remarkRnn, {strict: false}]]
      }
    )
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [5, 22, 'out-of-range']
    ])
  })
})
