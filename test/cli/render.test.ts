import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-render-'))
const lesson = join(folder, 'lesson.md')
writeFileSync(lesson, '# Lesson\n\n:::rnn<inputs=4 units=5 outputs=3>\nThe seed example.\n:::\n\nTotal: :rnn[total]{inputs=4 units=5 outputs=3}.\n')

describe('remark-rnn render', () => {
  it('writes a standalone page with KaTeX’s stylesheet and fonts inlined', () => {
    const out = join(folder, 'lesson.html')
    const {status, stderr} = runCli(['render', lesson, '-o', out])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<title>lesson</title>')
    expect(html).toContain('url(data:font/woff2;base64,')
    expect(html).not.toMatch(/url\(fonts\//)
    expect(html).toContain('class="katex-display"')
    expect(html).not.toContain('katex-error')
    expect(html).toContain('Total: <span class="rnn-number">68</span>.')
  })

  it('writes expanded Markdown with -o file.md', () => {
    const out = join(folder, 'expanded.md')
    expect(runCli(['render', lesson, `--output=${out}`, '--show=derivation']).status).toBe(0)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
    expect(markdown).not.toContain(':::rnn')
  })

  it('renders MDX to a page, JSX and all', () => {
    const page = join(folder, 'page.mdx')
    writeFileSync(page, '# MDX page\n\n<aside className="note">Written in JSX.</aside>\n\n::rnn<inputs=3 units=4 show=table>\n')
    const {status, stdout} = runCli(['render', page])
    expect(status).toBe(0)
    expect(stdout).toContain('<aside class="note">Written in JSX.</aside>')
    expect(stdout).toMatch(/<td style="text-align: ?right"><strong>32<\/strong><\/td>/)
    expect(stdout).toContain('class="katex"')
  })

  it('still writes the page, reports problems and exits 1 for a broken directive', () => {
    const broken = join(folder, 'broken.md')
    writeFileSync(broken, 'Intro.\n\n::rnn{inputs=4 units=0}\n')
    const {status, stdout, stderr} = runCli(['render', broken])
    expect(status).toBe(1)
    expect(stdout).toContain('<code>::rnn{inputs=4 units=0}</code>')
    expect(stderr).toMatch(/3:1-3:24\s+error\s+`units` must be at least 1, not 0\.\s+out-of-range\s+remark-rnn/)
  })

  it('says so when it writes expanded Markdown of a page with problems, which checks the same', () => {
    const broken = join(folder, 'broken-md.md')
    const out = join(folder, 'broken-md.expanded.md')
    writeFileSync(broken, 'Intro.\n\n::rnn{inputs=4 units=5 units=6}\n\n::rnn{inputs=4 units=5}\n')
    const {status, stderr} = runCli(['render', broken, '-o', out])
    expect(status).toBe(1)
    expect(stderr).toContain(`remark-rnn render: wrote ${out} with 1 problem: those directives are written back as the author wrote them`)
    expect(readFileSync(out, 'utf8')).toContain('::rnn{inputs=4 units=5 units=6}\n')
    const again = runCli(['check', out])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/3:1-3:32\s+error\s+`units` is written twice/)
  })

  it('refuses other output types with exit 2', () => {
    const {status, stderr} = runCli(['render', lesson, '-o', join(folder, 'lesson.pdf')])
    expect(status).toBe(2)
    expect(stderr).toContain('render writes .html or .md, not .pdf')
  })
})
