import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

/** A course whose pages are under `docs/`, with an empty folder beside it. */
function course(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-no-pages-'))
  mkdirSync(join(root, 'docs'))
  mkdirSync(join(root, 'empty'))
  writeFileSync(join(root, 'docs', 'a.md'), '# A\n\n::rnn{inputs=4 units=5}\n')
  writeFileSync(join(root, 'empty', 'notes.txt'), 'not a page')
  return root
}

describe.each(cliRunners)('nothing to check fails (%s)', (_runner, run) => {
  it.each([
    ['a glob with a typo', ['check', 'doc/**/*.md'], '`doc/**/*.md`'],
    ['an empty folder', ['check', 'empty'], '`empty`'],
    ['export of an empty folder', ['export', 'empty', '--format=gift'], '`empty`']
  ])('%s: one line, exit 2', async (_name, args, named) => {
    const result = await run(args, course())
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      `remark-rnn ${args[0]}: no .md, .markdown or .mdx page found in ${named}.\n`
    )
  })

  it('still checks a glob that matches', async () => {
    const result = await run(['check', 'docs/**/*.md'], course())
    expect(result.status).toBe(0)
  })
})
