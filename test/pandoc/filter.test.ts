import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {requireDebianTool} from '../helpers/debian.js'
import {cliPath} from '../helpers/run-cli.js'
import {checkChoiceQuiz, checkNumberQuiz} from '../helpers/self-check.js'
import {serveFolder} from '../helpers/static-server.js'

// The Pandoc filter (pandoc/remark-rnn.lua) run by Debian's Pandoc (2.17;
// Quarto bundles 3.x, which the filter's API use also fits): the example
// course written as a Pandoc page, to HTML (in Chromium), LaTeX and docx;
// the wrong key failing the run at its place; the Quarto extension.

const filter = fileURLToPath(new URL('../../pandoc/remark-rnn.lua', import.meta.url))
const course = fileURLToPath(new URL('../../examples/pandoc/rnn-parameters.md', import.meta.url))
const katex = fileURLToPath(new URL('../../node_modules/katex/dist', import.meta.url))
const pandocHere = requireDebianTool('pandoc', 'pandoc', {skips: 'the Pandoc filter tests'})
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-pandoc-filter-'))

interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `pandoc …` in `folder`, with the environment given on top of this one's. */
function pandoc(args: readonly string[], env: Record<string, string> = {}, input?: string): Run {
  const result = spawnSync('pandoc', args, {
    cwd: folder,
    encoding: 'utf8',
    input,
    env: {...process.env, NO_COLOR: '1', ...env}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A page in the test folder. */
function page(name: string, text: string): string {
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}

const wrongKeys = `# Wrong keys

::: {.rnn-quiz inputs=3 units=4 ask="input recurrent" answer=D}
How many input and recurrent parameters?

- 16, 9
- 12, 20
- 9, 16
- 20, 12
:::

The worked example has [total=86]{.rnn inputs=4 units=5 outputs=3} parameters.
`

describe.runIf(pandocHere)('the Pandoc filter', () => {
  it('writes the course’s tables, derivations and numbers into LaTeX', () => {
    const {status, stdout, stderr} = pandoc([course, '-L', filter, '-t', 'latex'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    // The worked example's table (its total row) and derivation, as LaTeX.
    expect(stdout).toContain('\\begin{longtable}')
    expect(stdout).toMatch(
      /\\textbf\{Total\} & & & 20 \+ \(25 \+ 5\) \+ \(15 \+ 3\) & \\textbf\{68\}/
    )
    expect(stdout).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
    expect(stdout).toContain('\\#W_{xh} &= n \\cdot h = 4 \\cdot 5 = 20')
    // Numbers in prose, the embedding network's, a quiz's answer, and the code.
    expect(stdout).toMatch(/In words: 20 input weights, 30 recurrent\s+parameters/)
    expect(stdout).toContain('whole network has 322,113.')
    expect(stdout).toContain('\\textbf{Answer: B} (12, 20)')
    expect(stdout).toContain('Expected: 322113 parameters')
    // Nothing that only HTML can show, and no directive left as text.
    expect(stdout).not.toMatch(/<svg|<form|\{\.rnn(-quiz)? [\w-]+=|rnn-result/)
  })

  it('writes the numbers into docx, read back', () => {
    const docx = join(folder, 'course.docx')
    expect(pandoc([course, '-L', filter, '-o', docx]).status).toBe(0)
    const {stdout} = pandoc([docx, '-t', 'plain', '--wrap=none'])
    expect(stdout).toContain('In words: 20 input weights, 30 recurrent parameters')
    expect(stdout).toMatch(/Total\s+20 \+ \(25 \+ 5\) \+ \(15 \+ 3\)\s+68/)
    expect(stdout).toContain('the same LSTM has 218 parameters in Keras and 238 in PyTorch')
    expect(stdout).toContain('Answer: C (718,173)')
  })

  it('gives reveal.js slides the diagrams, the forms with MathJax math, and the script once', () => {
    const {status, stdout} = pandoc([course, '-L', filter, '-t', 'revealjs', '-s', '--mathjax'])
    expect(status).toBe(0)
    expect(stdout.match(/<svg [^>]*class="rnn-diagram-svg"/g)).toHaveLength(5)
    expect(stdout.match(/<form class="rnn-quiz-form"/g)).toHaveLength(7)
    expect(stdout).toMatch(/<span\s+class="math inline">\\\(W_\{xh\}\\\)<\/span>/)
    // The self-check script, written into the page once.
    const script = readFileSync(new URL('../../dist/self-check.js', import.meta.url), 'utf8')
    expect(stdout.split(`<script>${script}</script>`)).toHaveLength(2)
  })

  it('fails the render on a wrong key and a wrong number, each at its place', () => {
    const wrong = page('wrong.md', wrongKeys)
    const {status, stderr} = pandoc([wrong, '-L', filter, '-o', join(folder, 'wrong.html')])
    expect(status).not.toBe(0)
    expect(stderr).toMatch(/wrong\.md\n/)
    expect(stderr).toMatch(/\n\s*3:62-3:63\s+error Answer B, not D.*wrong-key/)
    expect(stderr).toMatch(/\n\s*12:31-12:33\s+error The text says total = 86.*wrong-number/)
    expect(stderr).toContain('remark-rnn: the render stops at the problems above.')
  })

  it('says a fence with a bare key is not read, and how to write it; strict reports the rest too', () => {
    const bare = page(
      'bare.md',
      '---\nremark-rnn:\n  strict: true\n---\n\n::: {.rnn inputs=8 units=16 bidirectional}\nText.\n:::\n\n::: {.rnn inputs=4 unit=5}\n:::\n'
    )
    const {status, stderr} = pandoc([bare, '-L', filter, '-t', 'html'])
    expect(status).not.toBe(0)
    expect(stderr).toMatch(/\n\s*6:1\s+error .*write `bidirectional=true`.*unparsed-directive/)
    // The unread fence is the filter's own finding; strict stops after remark-rnn's checks.
    expect(stderr).toMatch(/\n\s*10:20-10:24\s+error Unknown attribute `unit`/)
  })

  it('reports an rnn div inside another at the inner one', () => {
    const nested = page(
      'nested.md',
      '::: {#outer .rnn inputs=4 units=5}\nText.\n\n::: {.rnn inputs=3 units=2}\nInner.\n:::\n:::\n\nAfter [total]{.rnn model=outer}.\n'
    )
    const {status, stderr} = pandoc([nested, '-L', filter, '-t', 'plain'])
    expect(status).not.toBe(0)
    expect(stderr).toMatch(
      /\n4:1-4:1\s+error\s+An `rnn` directive cannot stand inside another one.*nested-directive/
    )
  })

  const quizWith = (inside: string) =>
    `::: {.rnn-quiz inputs=3 units=4 ask="input, recurrent" answer=B}\nHow many input and recurrent parameters?\n\n${inside}\n\n- 12, 16\n- 12, 20\n- 20, 16\n- 20, 12\n:::\n\nAfter.\n`

  it('keeps code blocks in a quiz’s question as code: a `:::` in one closes nothing, Pandoc’s `{.python}` is the language', () => {
    const code = page(
      'code.md',
      quizWith('``` {.python}\nx = 1\n```\n\n~~~\n:::\n::: {.rnn inputs=2}\n~~~')
    )
    const {status, stdout, stderr} = pandoc([code, '-L', filter, '-t', 'html'])
    expect(stderr).not.toContain('error')
    expect(status).toBe(0)
    expect(stdout).toContain('<code class="language-python">x = 1')
    expect(stdout).toContain('<code>:::\n::: {.rnn inputs=2}\n</code>')
    expect(stdout.match(/class="rnn-quiz-radio"/g)).toHaveLength(4)
    expect(stdout).toContain('<p>After.</p>')
  })

  it('reports a Pandoc div inside a quiz’s question at its fence, instead of showing the fence as text', () => {
    const note = page('note.md', quizWith('::: note\nA note.\n:::'))
    const {status, stderr} = pandoc([note, '-L', filter, '-t', 'html'])
    expect(status).not.toBe(0)
    expect(stderr).toMatch(
      /\n\s*4:1\s+error\s+`::: note` opens a div inside a quiz, which remark-rnn writes without Pandoc: the fence would show as text\. Move the div before or after the quiz\.\s+unparsed-directive/
    )
  })

  it('places problems with commonmark’s sourcepos, and takes options from the metadata', () => {
    // From standard input the filter has no file to search: the quiz is placed by sourcepos.
    const {stderr} = pandoc(
      ['-f', 'commonmark_x+sourcepos', '-L', filter, '-t', 'html'],
      {},
      `Before.\n\n${wrongKeys}`
    )
    expect(stderr).toMatch(/^stdin\n/)
    expect(stderr).toMatch(/\n5:1-5:1\s+error Answer B, not D/)

    const hidden = page(
      'hidden.md',
      '---\nremark-rnn:\n  solutions: hide\n  show: [table, derivation]\n---\n\n::: {.rnn inputs=4 units=5}\nMine.\n:::\n\nIt has [total]{.rnn inputs=4 units=5} parameters.\n'
    )
    const {stdout, status} = pandoc([hidden, '-L', filter, '-t', 'latex'])
    expect(status).toBe(0)
    expect(stdout).toContain('Mine.')
    expect(stdout).toContain('It has 50 parameters.')
    expect(stdout).not.toContain('longtable')
  })

  it('passes other divs and spans through, and leaves a page without directives alone', () => {
    const other = page(
      'other.md',
      '::: {.rnn-explorer inputs=4}\nLater.\n:::\n\n[x]{.note} and [y]{.rnn-number}\n'
    )
    const {stdout, status} = pandoc([other, '-L', filter, '-t', 'native'])
    expect(status).toBe(0)
    expect(stdout).toContain('"rnn-explorer"')
    expect(stdout).toContain('"rnn-number"')
  })

  it('writes a Quarto extension whose filter is the one tested, and runs from it with REMARK_RNN', () => {
    const project = mkdtempSync(join(tmpdir(), 'remark-rnn-quarto-project-'))
    const made = spawnSync(process.execPath, [cliPath, 'quarto-extension', project], {
      encoding: 'utf8'
    })
    expect(made.status).toBe(0)
    const extension = join(project, '_extensions', 'remark-rnn')
    // Quarto's documented layout: _extensions/<name>/_extension.yml naming its filter.
    expect(readFileSync(join(extension, '_extension.yml'), 'utf8')).toMatch(
      /^title: remark-rnn\nauthor: .+\nversion: .+\nquarto-required: .+\ncontributes:\n {2}filters:\n {4}- remark-rnn\.lua\n$/
    )
    expect(readFileSync(join(extension, 'remark-rnn.lua'))).toEqual(readFileSync(filter))

    // No dist/ beside the copy: REMARK_RNN says which command to run.
    const copy = join(extension, 'remark-rnn.lua')
    const small = page('small.md', 'It has [total]{.rnn inputs=4 units=5 outputs=3} parameters.\n')
    const run = pandoc([small, '-L', copy, '-t', 'plain'], {
      REMARK_RNN: `${process.execPath} ${cliPath}`
    })
    expect(run.stdout).toBe('It has 68 parameters.\n')
    // Else the project's own install, found from the folder Pandoc runs in.
    const bin = join(project, 'node_modules', '.bin')
    mkdirSync(bin, {recursive: true})
    writeFileSync(
      join(bin, 'remark-rnn'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} "$@"\n`,
      {mode: 0o755}
    )
    mkdirSync(join(project, 'chapter'))
    const installed = spawnSync('pandoc', [small, '-L', copy, '-t', 'plain'], {
      cwd: join(project, 'chapter'),
      encoding: 'utf8',
      env: {...process.env, REMARK_RNN: ''}
    })
    expect(installed.stdout).toBe('It has 68 parameters.\n')
    const missing = pandoc([small, '-L', copy, '-t', 'plain'], {REMARK_RNN: 'no-such-command'})
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toContain('remark-rnn: could not run `no-such-command pandoc`')
  })
})

describe.runIf(pandocHere && browserAvailable())('the Pandoc filter’s HTML in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveFolder>>
  let browser: Awaited<ReturnType<typeof launchChromium>>

  beforeAll(async () => {
    const root = join(folder, 'site')
    cpSync(katex, join(root, 'katex'), {recursive: true})
    const built = pandoc([
      course,
      '-L',
      filter,
      '-s',
      '--katex=/katex/',
      '--metadata',
      'title=RNN parameters',
      '-o',
      join(root, 'index.html')
    ])
    expect(built.stderr).toBe('')
    site = await serveFolder(root)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('shows tables, typeset math, diagrams and the numbers; the self-check quizzes work', async () => {
    const tab = await browser.newPage()
    await tab.goto(`${site.url}/`)
    await expect.poll(() => tab.locator('.katex').count()).toBeGreaterThan(100)
    expect(await tab.locator('.katex-error').count()).toBe(0)
    expect(await tab.locator('.rnn-solution table').count()).toBeGreaterThan(10)
    expect(await tab.locator('svg.rnn-diagram-svg').count()).toBe(5)
    expect(await tab.locator('span.rnn-number').first().innerText()).toBe('20')
    // The self-check script ran.
    expect(await tab.locator('html[data-rnn-self-check]').count()).toBe(1)
    await checkChoiceQuiz(tab)
    await checkNumberQuiz(tab)
    await tab.close()
  })
})
