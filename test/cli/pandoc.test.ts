import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {describe, expect, it, vi} from 'vitest'
import type {PandocBatch, PandocDirective} from '../../src/cli/pandoc-batch.js'
import {authorPlace, authorPoint, pandocPage} from '../../src/cli/pandoc-page.js'
import {cliRunners} from '../helpers/cli-runners.js'
import {cliPath} from '../helpers/run-cli.js'
import {runCliInProcess} from '../helpers/run-cli-in-process.js'

// `remark-rnn pandoc`, the Pandoc filter's side: a batch of a document's
// directives in, each expansion out as Markdown Pandoc reads, problems at
// the author's places. The filter itself runs in test/pandoc.

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-pandoc-'))

interface Element {
  readonly t: string
  readonly c?: unknown
}

/** The text of Pandoc JSON: words, math, code and raw HTML, as read. */
function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join('')
  if (typeof value !== 'object' || value === null) return ''
  const {t, c} = value as Element
  if (t === 'Str') return c as string
  if (t === 'Space' || t === 'SoftBreak') return ' '
  if (t === 'Math' || t === 'Code') return (c as [unknown, string])[1]
  if (t === 'RawBlock' || t === 'RawInline') return ''
  return plain(c)
}

/** The raw HTML of Pandoc JSON, each block's. */
function raw(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(raw)
  if (typeof value !== 'object' || value === null) return []
  const {t, c} = value as Element
  if (t === 'RawBlock') return [(c as [string, string])[1]]
  return raw(c)
}

/** The result divs' blocks and spans' inlines by their ids. */
function results(document: {blocks: Element[]}): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const block of document.blocks) {
    const [attr, content] = (
      block.t === 'Para' ? ((block.c as Element[])[0] as Element).c : block.c
    ) as [[string], unknown]
    found.set(attr[0], content)
  }
  return found
}
let written = 0

/** A batch file for `batch`, with the defaults the filter sends. */
function batchFile(batch: Partial<PandocBatch> & {directives: readonly unknown[]}): string {
  const path = join(folder, `batch-${++written}.json`)
  writeFileSync(path, JSON.stringify({file: 'page.md', html: false, options: {}, ...batch}))
  return path
}

const solution: PandocDirective = {
  kind: 'div',
  name: 'rnn',
  attributes: '#classifier      inputs=4 units=5 outputs=3',
  content: '',
  line: 3,
  column: 1,
  attributesColumn: 6
}
const total: PandocDirective = {
  kind: 'span',
  name: 'rnn',
  attributes: '     model=classifier',
  content: 'total=68',
  line: 7,
  column: 10,
  attributesColumn: 24
}
const quiz: PandocDirective = {
  kind: 'div',
  name: 'rnn-quiz',
  attributes: '          inputs=3 units=4 ask="input recurrent" answer=B',
  content: 'Is it $x$?\n\n- 16, 9\n- 12, 20\n- 9, 16\n- 20, 12',
  line: 9,
  column: 1,
  attributesColumn: 6,
  contentLine: 10
}

describe.each(cliRunners)('remark-rnn pandoc (%s)', (_runner, run) => {
  it('writes each expansion as Pandoc JSON in a div or span named after its place in the batch', async () => {
    const {status, stdout, stderr} = await run([
      'pandoc',
      batchFile({directives: [solution, total, quiz], version: '1.22.2.1'} as never)
    ])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const document = JSON.parse(stdout)
    expect(document['pandoc-api-version']).toEqual([1, 22, 2, 1])
    const found = results(document)
    expect([...found.keys()]).toEqual(['rnn-result-0', 'rnn-result-1', 'rnn-result-2'])
    const [table, derivation] = found.get('rnn-result-0') as Element[]
    expect(table?.t).toBe('Table')
    // Cells run together in this text: the last row is Total, its sum and 68.
    expect(plain(table)).toMatch(/Total20 \+ \(25 \+ 5\) \+ \(15 \+ 3\)68$/)
    expect(plain(derivation)).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
    expect(plain(found.get('rnn-result-1'))).toBe('68')
    // Other outputs get the quiz as an answer sheet: question, options, key, why not.
    const sheet = plain(found.get('rnn-result-2'))
    expect(sheet).toMatch(/^Is it x\?A\. 16, 9B\. 12, 20/)
    expect(sheet).toContain('Answer: B (12, 20)')
    expect(stdout).not.toContain('RawBlock')
  })

  it('gives HTML outputs the diagram, the self-check form with MathJax math, and the script', async () => {
    const diagram = {...solution, attributes: `${solution.attributes} show=diagram,table`}
    const displayed = {
      ...quiz,
      content: quiz.content.replace('\n\n', () => '\n\n$$\ny = 1\n$$\n\n')
    }
    const {status, stdout} = await run([
      'pandoc',
      batchFile({html: true, directives: [diagram, displayed]})
    ])
    expect(status).toBe(0)
    const document = JSON.parse(stdout)
    expect(document['pandoc-api-version']).toEqual([1, 23, 1])
    const found = results(document)
    const html = raw(found.get('rnn-result-0'))
    expect(html[0]).toBe('<div class="rnn-solution">')
    expect(html[1]).toMatch(/^<div class="rnn-diagram"><svg /)
    expect(html[2]).toBe('</div>')
    const quizHtml = raw(found.get('rnn-result-1'))
    expect(quizHtml[0]).toMatch(/^<form class="rnn-quiz-form"/)
    expect(quizHtml[0]).toContain(
      '<legend>Is it <span class="math inline">\\(x\\)</span>?</legend>'
    )
    expect(quizHtml[0]).toContain('<span class="math display">\\[y = 1\\]</span>')
    // The answer stays native, after the form.
    expect(plain(found.get('rnn-result-1'))).toContain('Answer: B (12, 20)')
    expect(raw(found.get('rnn-self-check'))[0]).toMatch(/^<script>/)

    // A page without quizzes carries no script; a batch may leave out the options.
    const path = join(folder, 'no-options.json')
    writeFileSync(path, JSON.stringify({file: 'page.md', html: true, directives: [diagram]}))
    const plainPage = results(JSON.parse((await run(['pandoc', path])).stdout))
    expect(raw(plainPage.get('rnn-result-0'))[1]).toMatch(/^<div class="rnn-diagram">/)
    expect(plainPage.has('rnn-self-check')).toBe(false)
  })

  it('writes math in a form as KaTeX wants it, and folds solutions into raw details tags', async () => {
    const {status, stdout} = await run([
      'pandoc',
      batchFile({
        html: true,
        math: 'katex',
        options: {solutions: 'collapse'},
        directives: [solution, quiz]
      })
    ])
    expect(status).toBe(0)
    const found = results(JSON.parse(stdout))
    expect(raw(found.get('rnn-result-1'))[0]).toContain(
      '<legend>Is it <span class="math inline">x</span>?</legend>'
    )
    const [opening, table, ...rest] = found.get('rnn-result-0') as Element[]
    expect(raw([opening])).toEqual([
      '<details class="rnn-solution"><summary>Worked solution: simple RNN, 4 inputs, 5 units, 3 outputs</summary>'
    ])
    expect(table?.t).toBe('Table')
    expect(raw(rest.at(-1))).toEqual(['</details>'])
  })

  it('leaves a hidden solution empty and writes nothing back for a model no one uses', async () => {
    const {status, stdout, stderr} = await run([
      'pandoc',
      batchFile({options: {solutions: 'hide'}, directives: [solution]})
    ])
    expect(status).toBe(0)
    expect(JSON.parse(stdout).blocks).toEqual([{t: 'Div', c: [['rnn-result-0', [], []], []]}])
    expect(stderr).toMatch(/page\.md\n\s*3:7-3:17\s+warning .*unused-model/)
  })

  it('reports every problem at the author’s file, line and column, and writes nothing', async () => {
    const wrongKey = {...quiz, attributes: quiz.attributes.replace('answer=B', 'answer=D')}
    const wrongTotal = {...total, content: 'total=86'}
    const unparsed: PandocDirective = {
      kind: 'unparsed',
      name: 'rnn',
      attributes: '.rnn inputs=8 units=16 bidirectional',
      content: '::: {.rnn inputs=8 units=16 bidirectional}',
      line: 20,
      column: 1
    }
    const unclosed = {...unparsed, attributes: '.rnn inputs="4', line: 0, column: 0}
    const {status, stdout, stderr} = await run([
      'pandoc',
      batchFile({directives: [solution, wrongTotal, wrongKey, unparsed, unclosed]})
    ])
    expect(stderr).toMatch(
      /^page\.md\n +error .*Check that the `\{…\}` attributes are closed and quoted/
    )
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^page\.md\n/)
    // `86` of `[total=86]{…}`: the `[` is column 10.
    expect(stderr).toMatch(/\n\s*7:17-7:19\s+error The text says total = 86.*wrong-number/)
    // `D` of `answer=D`, 56 characters into the attributes, which start at column 6.
    expect(stderr).toMatch(/\n\s*9:62-9:63\s+error Answer B, not D.*wrong-key/)
    expect(stderr).toMatch(
      /\n\s*20:1\s+error .*Pandoc drops a fence whose attributes have a bare key: write `bidirectional=true`\..*unparsed-directive/
    )
    expect(stderr.indexOf('7:17')).toBeLessThan(stderr.indexOf('9:62'))
  })

  it('reports a div’s fence inside a quiz where it stands, and expands nothing', async () => {
    const inner: PandocDirective = {
      kind: 'inner-div',
      name: 'rnn-quiz',
      attributes: '',
      content: '::: {.note}',
      line: 12,
      column: 3
    }
    const {status, stdout, stderr} = await run([
      'pandoc',
      batchFile({directives: [solution, quiz, inner]})
    ])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      /\n\s*12:3\s+error\s+`::: \{\.note\}` opens a div inside a quiz, which remark-rnn writes without Pandoc: the fence would show as text\. Move the div before or after the quiz\..*unparsed-directive/
    )
  })

  it('reports a div nested in another at the inner one', async () => {
    const inner = {...solution, attributes: 'inputs=3 units=2', line: 12, outer: 0}
    const {status, stderr} = await run(['pandoc', batchFile({directives: [solution, inner]})])
    expect(status).toBe(1)
    expect(stderr).toMatch(
      /\n12:1-12:1\s+error\s+An `rnn` directive cannot stand inside another one.*nested-directive/
    )
  })

  it('stops with strict once the page is checked, reporting every error', async () => {
    const broken = {...solution, attributes: 'inputs=4 unit=5'}
    const {status, stderr} = await run([
      'pandoc',
      batchFile({options: {strict: 'true'}, directives: [broken, {...broken, line: 12}]})
    ])
    expect(status).toBe(1)
    expect(stderr).toMatch(/\n3:15-3:19\s+error\s+Unknown attribute `unit`/)
    expect(stderr).toMatch(/\n12:15-12:19\s+error\s+Unknown attribute `unit`/)
    expect(stderr).toMatch(/2 errors/)
    // No stack trace and no "bug" note: the stop is the author's errors.
    expect(stderr).not.toContain('bug in remark-rnn')
  })

  it('points at the directive where the filter rebuilt its attributes or did not find it', async () => {
    const rebuilt = {...solution, attributes: 'inputs=4 unit="5"', attributesColumn: undefined}
    const unplaced = {
      ...quiz,
      line: 0,
      column: 0,
      contentLine: undefined,
      content: 'Q?\n\n- 1\n- 2'
    }
    const lineOnly = {...unplaced, line: 40, column: 1}
    const {status, stderr} = await run([
      'pandoc',
      batchFile({directives: [rebuilt, unplaced, {...rebuilt, line: 30, column: 4}, lineOnly]})
    ])
    // Content Pandoc wrote out again: its problems at the directive.
    expect(stderr).toMatch(/\n40:1-40:1\s+error Option A: `1` gives 1 number/)
    expect(status).toBe(1)
    expect(stderr).toMatch(/\n3:1-3:1\s+error Unknown attribute `unit`/)
    expect(stderr).toMatch(/\n30:4-30:4\s+error Unknown attribute `unit`/)
    // Where the filter could not find the quiz: the message, without a place.
    expect(stderr).toMatch(/^page\.md\n {10}error Option A: `1` gives 1 number/)
  })

  it('says what is wrong with a batch, a flag or the file', async () => {
    const notJson = join(folder, 'not.json')
    writeFileSync(notJson, 'directives:')
    const cases: Array<[string[], RegExp]> = [
      [['pandoc', notJson], /expected a JSON batch of directives/],
      [
        ['pandoc', batchFile({directives: [1]})],
        /each of the batch’s `directives` must be an object/
      ],
      [
        ['pandoc', batchFile({directives: [{...solution, kind: 'aside'}]})],
        /`kind` must be div, span, unparsed, inner-div/
      ],
      [
        ['pandoc', batchFile({directives: [{...solution, line: -1}]})],
        /`line` must be a line number/
      ],
      [
        ['pandoc', batchFile({directives: [{...solution, contentLine: 'x'}]})],
        /`contentLine` must be a line number/
      ],
      [
        ['pandoc', batchFile({directives: [{...solution, outer: -1}]})],
        /`outer` must be an index in the batch/
      ],
      [
        ['pandoc', batchFile({directives: [], options: {show: 1} as never})],
        /`options` must map option names to strings/
      ],
      [['pandoc', batchFile({directives: [], file: 3 as never})], /`file` must be a string/],
      [['pandoc', batchFile({directives: {} as never})], /`directives` must be a list/],
      [
        ['pandoc', batchFile({directives: [], options: {solution: 'hide'}})],
        /Unknown flag --solution/
      ],
      [['pandoc', '--strict'], /Unknown flag --strict for pandoc/],
      [['pandoc', 'a.json', 'b.json'], /pandoc reads one batch/]
    ]
    for (const [args, message] of cases) {
      const {status, stderr} = await run(args)
      expect(stderr).toMatch(message)
      expect(status).toBe(2)
    }

    const top = join(folder, 'array.json')
    writeFileSync(top, '[]')
    expect((await run(['pandoc', top])).stderr).toMatch(/the batch must be a JSON object/)
    const missing = await run(['pandoc', join(folder, 'missing.json')])
    expect(missing.stderr).toMatch(/cannot read .*missing\.json: no such file/)
    expect(missing.status).toBe(2)
  })

  it('writes a Quarto extension: manifest, the package’s filter as it is, the self-check script', async () => {
    const project = mkdtempSync(join(tmpdir(), 'remark-rnn-quarto-'))
    const {status, stdout} = await run(['quarto-extension', project])
    expect(status).toBe(0)
    expect(stdout).toContain('filters: [remark-rnn]')
    const extension = join(project, '_extensions', 'remark-rnn')
    const manifest = readFileSync(join(extension, '_extension.yml'), 'utf8')
    expect(manifest).toMatch(/^title: remark-rnn\nauthor: .+\nversion: \d+\.\d+\.\d+\n/)
    expect(manifest).toContain(
      'quarto-required: ">=1.3.0"\ncontributes:\n  filters:\n    - remark-rnn.lua\n'
    )
    expect(readFileSync(join(extension, 'remark-rnn.lua'))).toEqual(
      readFileSync(new URL('../../pandoc/remark-rnn.lua', import.meta.url))
    )
    expect(readFileSync(join(extension, 'self-check.js'), 'utf8')).toMatch(/rnn-quiz/)
  })

  it('says what is wrong with the extension’s folder or flags', async () => {
    const file = join(folder, 'a-file')
    writeFileSync(file, '')
    const blocked = await run(['quarto-extension', file])
    expect(blocked.stderr).toMatch(/cannot write .*a-file/)
    expect(blocked.status).toBe(2)
    expect((await run(['quarto-extension', '--force'])).stderr).toMatch(/Unknown flag --force/)
    expect((await run(['quarto-extension', 'a', 'b'])).stderr).toMatch(/takes one folder/)
    expect((await run(['quarto-extension', '--help'])).stdout).toMatch(/_extensions\/remark-rnn/)
    expect((await run(['pandoc', '--help'])).stdout).toMatch(/Usage: remark-rnn pandoc/)
  })
})

describe('the package', () => {
  it('ships the Pandoc filter that quarto-extension copies', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8'
    })
    const [{files}] = JSON.parse(packed.stdout) as [{files: Array<{path: string}>}]
    expect(files.map(({path}) => path)).toContain('pandoc/remark-rnn.lua')
  })
})

describe('remark-rnn pandoc on standard input', () => {
  it('reads the batch from standard input in this process too', async () => {
    const batch = {
      file: 'p.md',
      directives: [{...total, content: 'total', attributes: 'inputs=3 units=4'}]
    }
    const stdin = vi
      .spyOn(process, 'stdin', 'get')
      .mockReturnValue(Readable.from([JSON.stringify(batch)]) as never)
    try {
      const {stdout} = await runCliInProcess(['pandoc'])
      expect(plain(JSON.parse(stdout).blocks)).toBe('32')
    } finally {
      stdin.mockRestore()
    }
  })

  it('reads the batch the filter pipes in', () => {
    const result = spawnSync(process.execPath, [cliPath, 'pandoc'], {
      input: JSON.stringify({
        file: 'page.md',
        directives: [total].map((span) => ({...span, attributes: 'inputs=4 units=5 outputs=3'}))
      }),
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).blocks).toEqual([
      {t: 'Para', c: [{t: 'Span', c: [['rnn-result-0', [], []], [{t: 'Str', c: '68'}]]}]}
    ])
  })
})

describe('the page of directives', () => {
  it('fences a div longer than any colons in its content, and keeps a span’s label on one line', () => {
    const page = pandocPage([
      {...quiz, content: 'Q?\n\n::::: {.note}\nx\n:::::\n'},
      {...total, content: 'total\n=68'}
    ])
    expect(page.text.split('\n')[0]).toBe(`::::::rnn-quiz{${quiz.attributes}}`)
    expect(page.text).toContain(':rnn[total =68]{')
    expect(page.placed.map(({start, end}) => [start, end])).toEqual([
      [1, 7],
      [9, 9]
    ])
  })

  it('maps a place before a span’s label, and in a div’s content, back to the author', () => {
    const page = pandocPage([total, quiz])
    const [span, div] = page.placed as [never, never]
    expect(authorPoint(span, {line: 1, column: 3})).toEqual({line: 7, column: 10})
    expect(authorPoint(div, {line: 4, column: 5})).toEqual({line: 10, column: 5})
    expect(authorPoint(div, {line: 3, column: 2})).toEqual({line: 9, column: 1})
  })

  it('writes a div nested in another inside its fence, and maps its lines to it', () => {
    const inner = {...solution, attributes: 'inputs=3 units=2', line: 12, outer: 0}
    const innermost = {...solution, attributes: 'inputs=2 units=2', line: 14, outer: 1}
    const misplaced = [
      {...solution, line: 20, outer: 5},
      {...solution, line: 21, outer: 4},
      {...total, line: 22, outer: 0}
    ]
    const page = pandocPage([solution, inner, innermost, ...misplaced])
    expect(page.text.split('\n').slice(0, 7)).toEqual([
      `:::::rnn{${solution.attributes}}`,
      '',
      '::::rnn{inputs=3 units=2}',
      '',
      ':::rnn{inputs=2 units=2}',
      ':::',
      '::::'
    ])
    expect(authorPlace(page, {line: 5, column: 1})).toEqual({line: 14, column: 1})
    expect(authorPlace(page, {line: 3, column: 1})).toEqual({line: 12, column: 1})
    // An `outer` that is not an earlier div leaves the directive at the top.
    expect(page.placed.filter(({start}) => start > 8)).toHaveLength(3)
  })

  it('maps a point or a range, and nothing where there is no place or no directive', () => {
    const page = pandocPage([total, {...quiz, line: 0}])
    expect(authorPlace(page, {line: 1, column: 1})).toEqual({line: 7, column: 10})
    expect(authorPlace(page, {start: {line: 1, column: 1}, end: {line: 1, column: 2}})).toEqual({
      start: {line: 7, column: 10},
      end: {line: 7, column: 10}
    })
    expect(authorPlace(page, undefined)).toBeUndefined()
    expect(authorPlace(page, {line: 2, column: 1})).toBeUndefined()
    expect(authorPlace(page, {line: 3, column: 1})).toBeUndefined()
  })
})
