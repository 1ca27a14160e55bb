import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'
import {cliPath} from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-errors-'))
const write = (name: string, value: string) => {
  writeFileSync(join(folder, name), value)
  return join(folder, name)
}

const lesson = write('lesson.md', '# Lesson\n\n::rnn{inputs=4 units=5 outputs=3}\n')
const broken = write('broken.md', '::rnn{inputs=4 units=0}\n\n::rnn{units=3}\n')
const mdx = write('page.mdx', '::rnn{inputs=4 units=5}\n')
// An MDX expression acorn cannot parse, on a page with a directive (so `check` parses it).
const badMdx = write('bad.mdx', '# Page\n\n::rnn{inputs=4 units=5}\n\n<div>{1 +}</div>\n')
mkdirSync(join(folder, 'docs'))

/** Every way a user can make a command fail, with the exit code and what stderr says. */
const failures: Array<[string, readonly string[], number, string]> = [
  ['no command', [], 2, ''],
  ['an unknown command', ['frobnicate'], 2, 'unknown command `frobnicate`.\n'],
  [
    'a misspelled command',
    ['cout', '--inputs=4'],
    2,
    'remark-rnn: unknown command `cout`. Did you mean `count`?'
  ],
  [
    'count: an unknown flag',
    ['count', '--inputs=4', '--unit=5'],
    2,
    'Unknown flag --unit. Did you mean --units?'
  ],
  ['count: a bad value', ['count', '--inputs', 'four', '--units', '5'], 2, '--inputs'],
  [
    'count: a flag without its value',
    ['count', '--inputs', '--units=5'],
    2,
    '--inputs needs a value, such as --inputs=4.'
  ],
  ['count: two files', ['count', 'a.py', 'b.py'], 2, 'count reads one model file'],
  ['render: no file', ['render'], 2, 'render takes exactly one input file.'],
  ['render: two files', ['render', lesson, lesson], 2, 'render takes exactly one input file.'],
  [
    'render: a missing file',
    ['render', join(folder, 'missing.md')],
    2,
    `remark-rnn render: cannot read ${join(folder, 'missing.md')}: no such file.`
  ],
  ['render: a folder', ['render', join(folder, 'docs')], 2, 'it is a folder'],
  [
    'render: an output under a file',
    ['render', lesson, '-o', join(folder, 'lesson.md', 'x.html')],
    2,
    'a part of the path is not a folder'
  ],
  [
    'render: -o without a file',
    ['render', lesson, '-o'],
    2,
    '--output needs a file name, such as -o lesson.html.'
  ],
  [
    'render: an unknown output type',
    ['render', lesson, '-o', join(folder, 'x.pdf')],
    2,
    'render writes .html or .md, not .pdf'
  ],
  [
    'render: MDX to Markdown',
    ['render', mdx, '-o', join(folder, 'x.md')],
    2,
    'render .mdx to .html'
  ],
  [
    'render: an unknown flag',
    ['render', lesson, '--solution=hide'],
    2,
    'Unknown flag --solution. Did you mean --solutions?'
  ],
  [
    'render: a bad --framework',
    ['render', lesson, '--framework', 'jax'],
    2,
    '--framework must be keras or pytorch, not `jax`.'
  ],
  [
    'render: a bad --solutions',
    ['render', lesson, '--solutions=collaps'],
    2,
    '--solutions must be show, collapse or hide, not `collaps`. Did you mean collapse?'
  ],
  [
    'render: a bad --show',
    ['render', lesson, '--show', 'table,tabel'],
    2,
    '--show must be diagram, table, derivation, shapes, summary or code, not `tabel`. Did you mean table?'
  ],
  [
    'render: a bad --strict',
    ['render', lesson, '--strict=maybe'],
    2,
    '--strict must be true or false, not `maybe`.'
  ],
  ['render: a broken directive', ['render', broken], 1, '`units` must be at least 1, not 0.'],
  [
    'render --strict: a broken directive',
    ['render', broken, '--strict'],
    1,
    '1:22-1:23 error `units` must be at least 1, not 0.'
  ],
  [
    'render: an MDX syntax error',
    ['render', badMdx],
    1,
    '5:10 error Could not parse expression with acorn'
  ],
  [
    'check: a missing folder',
    ['check', join(folder, 'missing')],
    2,
    `remark-rnn check: cannot read ${join(folder, 'missing')}: no such file.`
  ],
  ['check: an unknown flag', ['check', '--fail'], 2, 'Unknown flag --fail. Did you mean --frail?'],
  [
    'check: a bad --framework',
    ['check', '--framework=jax'],
    2,
    '--framework must be keras or pytorch, not `jax`.'
  ],
  ['check: a broken directive', ['check', broken], 1, 'out-of-range'],
  [
    'check: an MDX syntax error',
    ['check', badMdx],
    1,
    '5:10 error Could not parse expression with acorn'
  ],
  [
    'export: no --format',
    ['export', lesson],
    2,
    'export needs --format=moodle|gift|qti|qti-template|canvas.'
  ],
  ['export: an unknown flag', ['export', lesson, '--formt', 'gift'], 2, 'Did you mean --format?'],
  ['export: no pages', ['export', '--format', 'gift'], 2, 'export needs the pages to read'],
  [
    'export: a missing folder',
    ['export', join(folder, 'missing'), '--format', 'gift'],
    2,
    `remark-rnn export: cannot read ${join(folder, 'missing')}: no such file.`
  ],
  [
    'export: an MDX syntax error',
    ['export', badMdx, '--format', 'gift', '-o', join(folder, 'q.gift')],
    1,
    '5:10 error Could not parse expression with acorn'
  ],
  [
    'export: a page without quizzes',
    ['export', lesson, '--format', 'gift', '-o', join(folder, 'q.gift')],
    1,
    'these pages have no rnn-quiz; nothing written.'
  ]
]

/** A line of a JavaScript stack trace, or Node's internals: never for a user's eyes. */
const stackFrame = /^\s+at |node:internal|\[cause\]/m

describe.each(cliRunners)(
  'every CLI error path: a message, an exit code, no stack trace (%s)',
  (_runner, run) => {
    it.each(failures)('%s', async (_, args, status, message) => {
      const result = await run(args, folder)
      expect(result.status).toBe(status)
      expect(result.stderr).toContain(message)
      expect(result.stdout + result.stderr).not.toMatch(stackFrame)
    })

    it('says a missing input in one line', async () => {
      const {stderr} = await run(['render', 'missing.md'], folder)
      expect(stderr).toBe('remark-rnn render: cannot read missing.md: no such file.\n')
    })

    it('reports an MDX syntax error once, positioned, without acorn’s trace', async () => {
      const {stderr} = await run(['check', badMdx], folder)
      expect(stderr.match(/Could not parse/g)).toHaveLength(1)
      // At the expression's place: line 5, column 10 is just after `{1 +`.
      expect(stderr).toMatch(/^\s*5:10\s+error\s+Could not parse expression/m)
      expect(stderr).not.toContain('acorn.mjs')
    })
  }
)

describe('the bundle', () => {
  it('stops quietly when the output pipe closes (`render … | head`)', () => {
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" render "${lesson}" | head -c 15`],
      {encoding: 'utf8'}
    )
    expect(result.stdout).toBe('<!doctype html>')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
