import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-render-'))
const lesson = join(folder, 'lesson.md')
writeFileSync(
  lesson,
  '# Lesson\n\n:::rnn<inputs=4 units=5 outputs=3>\nThe seed example.\n:::\n\nTotal: :rnn[total]{inputs=4 units=5 outputs=3}.\n'
)

describe.each(cliRunners)('remark-rnn render (%s)', (_runner, run) => {
  it('writes a standalone page with KaTeX’s stylesheet and fonts inlined', async () => {
    const out = join(folder, 'lesson.html')
    const {status, stderr} = await run(['render', lesson, '-o', out])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    // Titled after the page's heading, as a reader knows it.
    expect(html).toContain('<title>Lesson</title>')
    expect(html).toContain('url(data:font/woff2;base64,')
    expect(html).not.toMatch(/url\(fonts\//)
    expect(html).toContain('class="katex-display"')
    expect(html).not.toContain('katex-error')
    expect(html).toContain('Total: <span class="rnn-number">68</span>.')
  })

  it('inlines the explorer script into a page with an explorer, and only there', async () => {
    const page = join(folder, 'explore.md')
    writeFileSync(page, '::rnn-explorer{inputs=4 units=5 outputs=3}\n')
    const out = join(folder, 'explore.html')
    expect((await run(['render', page, '-o', out])).status).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('data-rnn-explorer=')
    expect(html).toMatch(/<script>.*data-rnn-explorer.*<\/script>/s)
    const plain = join(folder, 'lesson-again.html')
    expect((await run(['render', lesson, '-o', plain])).status).toBe(0)
    expect(readFileSync(plain, 'utf8')).not.toContain('rnn-explorer')
  })

  it('highlights Python code blocks, generated and the author’s, keeping their lines', async () => {
    const code = join(folder, 'code.md')
    writeFileSync(
      code,
      '# Code\n\n::rnn{inputs=4 units=5 show=code}\n\n```python\n# mine\nx = 1\n```\n\n```js\nlet y = 2\n```\n'
    )
    const out = join(folder, 'code.html')
    expect((await run(['render', code, '-o', out])).status).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<span class="hljs-keyword">import</span> keras\n')
    expect(html).toContain(
      '<code class="language-python hljs"><span class="hljs-comment"># mine</span>\nx = <span class="hljs-number">1</span>\n</code>'
    )
    expect(html).toContain('<code class="language-js">let y = 2\n</code>')
    expect(html).toMatch(/\.hljs-keyword[^{]*\{color:#8e1f8c\}/)
  })

  it('titles a page without a heading after its file name', async () => {
    const plain = join(folder, 'plain-page.md')
    writeFileSync(plain, 'Just text, and :rnn[total]{inputs=4 units=5}.\n')
    const out = join(folder, 'plain-page.html')
    expect((await run(['render', plain, '-o', out])).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('<title>plain-page</title>')
  })

  it('with --solutions=hide writes a wrong key’s note without the answer, and reports it all', async () => {
    const quiz = join(folder, 'wrong-key.md')
    writeFileSync(
      quiz,
      ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nHow many?\n\n- 31\n- 32\n:::\n'
    )
    const out = join(folder, 'wrong-key.html')
    const {status, stderr} = await run(['render', quiz, '-o', out, '--solutions=hide'])
    expect(status).toBe(1)
    expect(stderr).toContain('Answer B, not A')
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('The key, option A, is not the right answer')
    expect(html).not.toContain('Answer B')
  })

  it('writes expanded Markdown with -o file.md', async () => {
    const out = join(folder, 'expanded.md')
    expect((await run(['render', lesson, `--output=${out}`, '--show=derivation'])).status).toBe(0)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
    expect(markdown).not.toContain(':::rnn')
  })

  it('writes each diagram of expanded Markdown as an SVG file beside it, linked as an image', async () => {
    const out = join(folder, 'diagrams.md')
    expect((await run(['render', lesson, '-o', out, '--show=diagram,table'])).status).toBe(0)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toContain(
      '![Simple RNN with 4 inputs, 5 units and 3 outputs: 68 parameters](diagrams.diagram-1.svg)'
    )
    const svg = readFileSync(join(folder, 'diagrams.diagram-1.svg'), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('<title id="rnn-diagram-1-title">')
    // Every file has the stylesheet, though on a page only the first diagram carries it.
    const two = join(folder, 'two.md')
    writeFileSync(
      two,
      '::rnn{inputs=3 units=4 show=diagram}\n\n::rnn{inputs=4 units=5 show=diagram}\n'
    )
    expect((await run(['render', two, '-o', join(folder, 'two.out.md')])).status).toBe(0)
    expect(readFileSync(join(folder, 'two.out.md'), 'utf8')).toBe(
      '![Simple RNN with 3 inputs and 4 units: 32 parameters](two.out.diagram-1.svg)\n\n![Simple RNN with 4 inputs and 5 units: 50 parameters](two.out.diagram-2.svg)\n'
    )
    expect(readFileSync(join(folder, 'two.out.diagram-2.svg'), 'utf8')).toContain(
      '<style>.rnn-diagram-svg{'
    )
    // The HTML page carries the same picture inline.
    const html = (await run(['render', lesson, '--show=diagram'])).stdout
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="rnn-diagram-svg"')
  })

  it('writes the diagram of a model read from code beside the Markdown, its summary and shapes inline', async () => {
    const page = join(folder, 'code.md')
    writeFileSync(
      page,
      ':::rnn{show="diagram summary shapes"}\n```python\nmodel = nn.Sequential(nn.GRU(2, 3), nn.Linear(3, 1))\n```\n:::\n'
    )
    const out = join(folder, 'code.out.md')
    expect((await run(['render', page, '-o', out])).status).toBe(0)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toContain('![PyTorch model: 67 parameters](code.out.diagram-1.svg)')
    expect(markdown).toContain('`\u00a0\u00a0(1): Linear`')
    expect(markdown).toContain('`weight [1, 3]`')
    const svg = readFileSync(join(folder, 'code.out.diagram-1.svg'), 'utf8')
    expect(svg).toContain('<desc id="rnn-diagram-1-desc">Sequential (Sequential), 67 parameters;')
  })

  it('renders MDX to a page, JSX and all', async () => {
    const page = join(folder, 'page.mdx')
    writeFileSync(
      page,
      '# MDX page\n\n<aside className="note">Written in JSX.</aside>\n\n::rnn<inputs=3 units=4 show=table>\n'
    )
    const {status, stdout, stderr} = await run(['render', page])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toContain('<aside class="note">Written in JSX.</aside>')
    expect(stdout).toMatch(/<td align="right" data-label="Count"><strong>32<\/strong><\/td>/)
    expect(stdout).toContain('class="katex"')
  })

  it('previews a real MDX page: ESM left out, components as labelled boxes, one notice line', async () => {
    const page = join(folder, 'lesson.mdx')
    writeFileSync(
      page,
      [
        "import {Chart} from '../components/chart.js'",
        'import Tabs from "@theme/Tabs"',
        "export const meta = {title: 'RNN'}",
        '',
        '# Parameters',
        '',
        '<Tabs>',
        '  <Chart kind="bars">A chart of **68** parameters</Chart>',
        '</Tabs>',
        '',
        'Inline <Term id="rnn">recurrent</Term> words and {/* a comment */} {meta.title}.',
        '',
        ':::rnn<inputs=4 units=5 outputs=3 show=table>',
        ':::',
        ''
      ].join('\n')
    )
    const {status, stdout: html, stderr} = await run(['render', page])
    const stdout = html.slice(html.indexOf('<body>'))
    expect(status).toBe(0)
    expect(stderr).toBe(
      `${page}: MDX preview: imports and exports are left out; components are shown as placeholders: <Tabs>, <Chart>, <Term>.\n`
    )
    expect(stdout).not.toContain('import')
    expect(stdout).not.toContain('meta = ')
    expect(stdout).toContain(
      '<div class="mdx-component" data-component="Tabs"><span class="mdx-component-name">&#x3C;Tabs></span>'
    )
    expect(stdout).toContain(
      '<span class="mdx-component-name">&#x3C;Chart></span>A chart of <strong>68</strong> parameters'
    )
    expect(stdout).toContain(
      'Inline <span class="mdx-component" data-component="Term"><span class="mdx-component-name">&#x3C;Term></span>recurrent</span> words and  RNN.'
    )
    expect(stdout).toContain('data-rnn-total="68"')
    expect(html).toContain('.mdx-component{')
    expect(stdout).not.toContain('mdx-expression')
    // `check` has nothing to say about the same page.
    const check = await run(['check', page])
    expect(check.status).toBe(0)
    expect(check.stderr).toContain('lesson.mdx: no issues found')
  })

  it('still writes the page, reports problems and exits 1 for a broken directive', async () => {
    const broken = join(folder, 'broken.md')
    writeFileSync(broken, 'Intro.\n\n::rnn{inputs=4 units=0}\n')
    const {status, stdout, stderr} = await run(['render', broken])
    expect(status).toBe(1)
    expect(stdout).toContain('<code>::rnn{inputs=4 units=0}</code>')
    // The reasons are on the page, not only in a tooltip.
    expect(stdout).toContain(
      '<li><code>units</code> must be at least 1, not 0. <code class="rnn-problem-rule">out-of-range</code></li>'
    )
    expect(stdout).toContain('.rnn-problem-note{')
    expect(stderr).toMatch(
      /3:22-3:23\s+error\s+`units` must be at least 1, not 0\.\s+out-of-range\s+remark-rnn/
    )
  })

  it('says so when it writes expanded Markdown of a page with problems, which checks the same', async () => {
    const broken = join(folder, 'broken-md.md')
    const out = join(folder, 'broken-md.expanded.md')
    writeFileSync(broken, 'Intro.\n\n::rnn{inputs=4 units=5 units=6}\n\n::rnn{inputs=4 units=5}\n')
    const {status, stderr} = await run(['render', broken, '-o', out])
    expect(status).toBe(1)
    expect(stderr).toContain(
      `remark-rnn render: wrote ${out} with 1 problem: those directives are written back as the author wrote them`
    )
    expect(readFileSync(out, 'utf8')).toContain('::rnn{inputs=4 units=5 units=6}\n')
    const again = await run(['check', out])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/3:24-3:29\s+error\s+`units` is written twice/)
  })

  it('refuses other output types with exit 2', async () => {
    const {status, stderr} = await run(['render', lesson, '-o', join(folder, 'lesson.pdf')])
    expect(status).toBe(2)
    expect(stderr).toContain('render writes .html or .md, not .pdf')
  })
})
