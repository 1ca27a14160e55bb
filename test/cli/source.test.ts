import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {stripVTControlCharacters} from 'node:util'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {failureOf} from '../../src/cli/failure.js'
import {fileError} from '../../src/cli/file-error.js'
import {UsageError} from '../../src/cli/flags.js'
import {exitQuietlyOnClosedPipe} from '../../src/cli/quiet-pipe.js'
import {parseReportingSyntaxErrors, reportSyntaxError} from '../../src/pipeline/syntax-error.js'
import {runCliInProcess as run} from '../helpers/run-cli-in-process.js'

// Flags and paths of the commands beyond the shared CLI tests, run from the
// source in-process (the shared tests run each case on the bundle as well).

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-source-'))
const write = (name: string, value: string) => {
  writeFileSync(join(folder, name), value)
  return join(folder, name)
}

// No stated number: the page passes with either framework's count.
const lesson = write('lesson.md', '# Lesson\n\n::rnn{inputs=4 units=5 outputs=3}\n')
// Input weights: 12 with either framework.
const quiz = (input: number) =>
  `:::rnn-quiz{inputs=3 units=4 ask=input answer=A}\nThe input weights?\n\n- ${input}\n- ${input + 1}\n:::\n`
mkdirSync(join(folder, 'quizzes'))
for (const name of ['c.md', 'a.md', 'b.md']) writeFileSync(join(folder, 'quizzes', name), quiz(12))
mkdirSync(join(folder, 'one'))
writeFileSync(join(folder, 'one', 'only.md'), quiz(12))
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

describe('remark-rnn, the command itself', () => {
  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    expect(await run([flag])).toEqual({status: 0, stdout: pkg.version + '\n', stderr: ''})
  })

  it('prints the commands for `help` (exit 0) and without a command (exit 2)', async () => {
    const help = await run(['help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: remark-rnn <command> [options]')
    expect(await run([])).toEqual({...help, status: 2})
  })
})

describe('remark-rnn count flags', () => {
  it.each([
    [['--inputs=4', '--units=5', '--zzzzzzzz'], 'Unknown flag --zzzzzzzz.\n'],
    [
      ['--inputs=4', '--units=5', '--code=zzzzzzzz'],
      '--code takes keras or pytorch, not `zzzzzzzz`.\n'
    ],
    [['--inputs=4', '--units=5', '--code'], '--code takes keras or pytorch, not ``.']
  ])('%j: a usage error without a suggestion when nothing is near', async (flags, message) => {
    const {status, stderr} = await run(['count', ...flags])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr).not.toContain('Did you mean')
  })
})

describe('remark-rnn count, too wide for a table', () => {
  it('lists the terms, a one-term group with its count alone', async () => {
    const {status, stdout} = await run([
      'count',
      '--vocab=1000',
      '--inputs=10',
      '--units=20,20',
      '--cell=lstm',
      '--framework=pytorch',
      '--bidirectional',
      '--outputs=3'
    ])
    expect(status).toBe(0)
    expect(stdout).toContain('Parameters, each with its PyTorch tensor [shape] and (in × out):')
    expect(stdout).toMatch(
      /^embedding parameters: 10,000\ninput parameters: 800 \+ 800 \+ 3,200 \+ 3,200 = 8,000$/m
    )
  })
})

describe('remark-rnn check flags', () => {
  it('takes --framework and --seed, and colour on or off', async () => {
    for (const flags of [
      ['--framework=pytorch'],
      ['--seed=7'],
      ['--seed'],
      ['--color'],
      ['--color=false'],
      ['--no-color']
    ]) {
      const {status, stderr} = await run(['check', lesson, ...flags])
      expect(status).toBe(0)
      expect(stripVTControlCharacters(stderr)).toContain('lesson.md: no issues found')
    }
  })

  it('colours the report with --color and not with --no-color', async () => {
    const coloured = (await run(['check', lesson, '--color'])).stderr
    const plain = (await run(['check', lesson, '--no-color'])).stderr
    expect(stripVTControlCharacters(coloured)).toBe(plain)
    expect(coloured).not.toBe(plain)
  })

  it.each([
    [['--framework=jax'], '--framework must be keras or pytorch, not `jax`.'],
    [['--zzzzzzzz'], 'Unknown flag --zzzzzzzz.\n']
  ])('%j is a usage error', async (flags, message) => {
    const {status, stderr} = await run(['check', lesson, ...flags])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })
})

describe('remark-rnn export flags', () => {
  it('writes pages in path order, whatever order the folder lists them in', async () => {
    const output = join(folder, 'ordered.gift')
    const {status, stderr} = await run([
      'export',
      join(folder, 'quizzes'),
      '--format=gift',
      '-o',
      output,
      '--framework=pytorch',
      '--locale=de',
      '--seed'
    ])
    expect(stderr).toMatch(new RegExp(`\nremark-rnn export: 3 quizzes, 3 questions → ${output}\n$`))
    expect(status).toBe(0)
    const titles = [...readFileSync(output, 'utf8').matchAll(/^::(.+?)::/gm)].map(
      (match) => match[1]
    )
    expect(titles).toEqual(['a', 'b', 'c'])
  })

  it('says "1 quiz, 1 question" for one', async () => {
    const output = join(folder, 'one.gift')
    const {status, stderr} = await run([
      'export',
      join(folder, 'one'),
      '--format=gift',
      '-o',
      output
    ])
    expect(status).toBe(0)
    expect(stderr).toMatch(new RegExp(`\nremark-rnn export: 1 quiz, 1 question → ${output}\n$`))
  })

  it('refuses a framework it does not know, naming the two it does', async () => {
    const {status, stderr} = await run([
      'export',
      join(folder, 'one'),
      '--format=gift',
      '--framework=jax'
    ])
    expect(status).toBe(2)
    expect(stderr).toBe(
      'remark-rnn export: --framework must be keras or pytorch, not `jax`.\n\nSee remark-rnn export --help.\n'
    )
  })

  it('refuses --variants without a number', async () => {
    const {status, stderr} = await run([
      'export',
      join(folder, 'one'),
      '--format=gift',
      '--variants'
    ])
    expect(status).toBe(2)
    expect(stderr).toContain('--variants must be a whole number from 1 to 1000.')
  })

  it('refuses a flag it does not know, suggesting none when nothing is near', async () => {
    const {status, stderr} = await run([
      'export',
      join(folder, 'one'),
      '--format=gift',
      '--zzzzzzzz'
    ])
    expect(status).toBe(2)
    expect(stderr).toContain('Unknown flag --zzzzzzzz for export.\n')
  })
})

describe('remark-rnn render flags', () => {
  it('renders with --locale, --seed and --framework', async () => {
    const {status, stdout} = await run([
      'render',
      lesson,
      '--locale=de',
      '--framework=pytorch',
      '--seed'
    ])
    expect(status).toBe(0)
    expect(stdout).toContain('<html lang="de">')
    // PyTorch's two recurrent biases.
    expect(stdout.match(/<td align="center" data-label="Form">1 × 5<\/td>/g)).toHaveLength(2)
  })

  it.each([
    [['-o', join(folder, 'page')], 'render writes .html or .md, not a file without an extension.'],
    [['--solutions'], '--solutions must be show, collapse or hide.\n'],
    [
      ['--show=zzzzzzzz'],
      '--show must be diagram, table, derivation, shapes, summary or code, not `zzzzzzzz`.\n'
    ],
    [['--zzzzzzzz'], 'Unknown flag --zzzzzzzz.\n']
  ])('%j is a usage error, with no suggestion when nothing is near', async (flags, message) => {
    const {status, stderr} = await run(['render', lesson, ...flags])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })

  it.each([['--show='], ['--show']])(
    'an empty %s is a usage error, not a bug report',
    async (flag) => {
      expect(await run(['render', lesson, flag])).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'remark-rnn render: --show needs the parts to show, such as --show=table,derivation.\n\nSee remark-rnn render --help.\n'
      })
    }
  )
})

describe('CLI failures in one line', () => {
  it('an unexpected error is a bug to report, exit 1, whatever was thrown', () => {
    expect(failureOf(new Error('boom'), 'render')).toEqual({
      message:
        'remark-rnn render: boom\n(This is a bug in remark-rnn; please report it with the file that caused it.)',
      exitCode: 1
    })
    expect(failureOf('boom', 'check').message).toMatch(/^remark-rnn check: boom\n/)
    expect(failureOf(new UsageError('bad'), 'count')).toEqual({
      message: 'remark-rnn count: bad\n\nSee remark-rnn count --help.',
      exitCode: 2
    })
  })

  it('a file error says the reason Node gives when it has no plainer one', () => {
    expect(
      fileError('read', 'x.md', Object.assign(new Error('too many open files'), {code: 'EMFILE'}))
        .message
    ).toBe('cannot read x.md: too many open files.')
    expect(fileError('write', 'x.md', 'disk full').message).toBe('cannot write x.md: disk full.')
    expect(
      fileError('read', 'x.md', Object.assign(new Error('gone'), {code: 'ENOENT'})).message
    ).toBe('cannot read x.md: no such file.')
  })

  it('a syntax error becomes one fatal message; anything else is thrown on', () => {
    const file = new VFile({path: 'page.mdx', value: 'x'})
    const thrown = new VFile().message('Unexpected `}`', {place: {line: 1, column: 2}})
    thrown.url = 'https://example.org/why'
    expect(
      parseReportingSyntaxErrors(file, () => {
        throw thrown
      })
    ).toEqual({type: 'root', children: []})
    expect(
      file.messages.map((message) => [
        message.reason,
        message.ruleId,
        message.source,
        message.fatal,
        message.url,
        message.line
      ])
    ).toEqual([
      ['Unexpected `}`', 'syntax-error', 'remark-rnn', true, 'https://example.org/why', 1]
    ])
    // The same error reported again (micromark rethrows it) stays one message.
    expect(reportSyntaxError(file, file.messages[0])).toBe(true)
    expect(file.messages).toHaveLength(1)
    expect(() =>
      parseReportingSyntaxErrors(file, () => {
        throw new TypeError('not a message')
      })
    ).toThrow(TypeError)
  })
})

describe('a closed output pipe', () => {
  afterEach(() => vi.restoreAllMocks())

  it('exits 0 on EPIPE and 1 on any other stream error', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const before = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]
    exitQuietlyOnClosedPipe()
    try {
      process.stdout.emit('error', Object.assign(new Error('closed'), {code: 'EPIPE'}))
      process.stderr.emit('error', Object.assign(new Error('other'), {code: 'EIO'}))
      expect(exit.mock.calls).toEqual([[0], [1]])
    } finally {
      for (const stream of [process.stdout, process.stderr]) {
        const listeners = stream.listeners('error')
        stream.removeListener('error', listeners.at(-1) as never)
      }
    }
    expect([process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]).toEqual(
      before
    )
  })
})

describe('the process entry', () => {
  afterEach(() => vi.restoreAllMocks())

  it('runs main on the process arguments and exits with its code', async () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) =>
      written.push(chunk)) as never)
    vi.spyOn(process, 'argv', 'get').mockReturnValue([process.execPath, 'remark-rnn', '--version'])
    const listeners = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]
    const exitCode = process.exitCode
    try {
      await import('../../src/cli/bin.js')
      expect(written).toEqual([pkg.version + '\n'])
      expect(process.exitCode).toBe(0)
      expect([
        process.stdout.listenerCount('error'),
        process.stderr.listenerCount('error')
      ]).toEqual(listeners.map((count) => count + 1))
    } finally {
      process.exitCode = exitCode
      for (const stream of [process.stdout, process.stderr])
        stream.removeListener('error', stream.listeners('error').at(-1) as never)
    }
  })
})

describe('the MDX preview', () => {
  const body = (html: string) => html.slice(html.indexOf('<body>'))

  it('keeps HTML written as JSX with its static attributes; expressions, spreads and fragments need the site', async () => {
    const page = write(
      'html.mdx',
      [
        '# HTML only',
        '',
        '<details open title="t" data-n={3} data-on={true} data-s={\'x\'} data-e={1 + 1} data-a={`t`} {...props}>',
        '  <summary>More</summary>',
        '  <>In a fragment</>',
        '</details>',
        '',
        '{1 + 1}',
        '',
        '::rnn<inputs=3 units=4 show=table>',
        ''
      ].join('\n')
    )
    const {status, stdout, stderr} = await run(['render', page])
    expect(status).toBe(0)
    // Only HTML, no ESM: the preview has nothing to say.
    expect(stderr).toBe('')
    expect(body(stdout)).toContain(
      '<details open title="t" data-n="3" data-on data-s="x"><p><summary>More</summary>\nIn a fragment</p></details>'
    )
    expect(body(stdout)).toContain('<pre class="mdx-expression" tabindex="0">{1 + 1}</pre>')
  })

  it('names only the components when the page has no ESM', async () => {
    const page = write('components.mdx', '<Chart />\n\n::rnn<inputs=3 units=4 show=table>\n')
    const {status, stdout, stderr} = await run(['render', page])
    expect(status).toBe(0)
    expect(stderr).toBe(`${page}: MDX preview: components are shown as placeholders: <Chart>.\n`)
    expect(stdout).toContain(
      '<div class="mdx-component" data-component="Chart"><span class="mdx-component-name">&#x3C;Chart></span></div>'
    )
  })

  it('names only the ESM when the page has no components', async () => {
    const page = write('esm.mdx', 'export const n = 4\n\n::rnn<inputs=3 units=4 show=table>\n')
    const {status, stderr} = await run(['render', page])
    expect(status).toBe(0)
    expect(stderr).toBe(`${page}: MDX preview: imports and exports are left out.\n`)
  })
})
