import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fileError} from '../../src/cli/file-error.js'
import {cliRunners} from '../helpers/cli-runners.js'

const page = '# Lesson\n\n:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\n- 32\n- 28\n:::\n'

/** A fresh folder with the page, a symbolic link to it and a sub-folder. */
function course(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-output-'))
  writeFileSync(join(root, 'p.md'), page)
  symlinkSync(join(root, 'p.md'), join(root, 'link.md'))
  mkdirSync(join(root, 'sub'))
  return root
}

/** One line on stderr, exit 2, and the page as it was. */
function expectRefused(root: string, result: {status: number; stderr: string}, command: string) {
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(
    new RegExp(
      `(^|\\n)remark-rnn ${command}: cannot write [^\\n]+: it is the page [^\\n]+ that was read; choose another output file\\.\\n$`
    )
  )
  expect(readFileSync(join(root, 'p.md'), 'utf8')).toBe(page)
}

describe.each(cliRunners)('no command writes over a page it read (%s)', (_runner, run) => {
  it.each([
    ['the same name', 'p.md'],
    ['another spelling', join('sub', '..', '.', 'p.md')],
    ['a symbolic link', 'link.md']
  ])('render -o as %s', async (_name, output) => {
    const root = course()
    expectRefused(root, await run(['render', 'p.md', '-o', output], root), 'render')
  })

  it.each(['gift', 'moodle', 'qti', 'qti-template', 'canvas'])(
    'export --format=%s -o the page',
    async (format) => {
      const root = course()
      const result = await run(['export', 'p.md', `--format=${format}`, '-o', 'link.md'], root)
      expectRefused(root, result, 'export')
    }
  )

  it('render and export alike create a missing output folder', async () => {
    const root = course()
    expect((await run(['render', 'p.md', '-o', join('new', 'a', 'p.html')], root)).status).toBe(0)
    expect(
      (await run(['export', 'p.md', '--format=gift', '-o', join('new', 'b', 'q.gift')], root))
        .status
    ).toBe(0)
    expect(existsSync(join(root, 'new', 'a', 'p.html'))).toBe(true)
    expect(existsSync(join(root, 'new', 'b', 'q.gift'))).toBe(true)
  })

  it.each([
    ['render', ['render', 'p.md', '-o', 'sub.html']],
    ['export', ['export', 'p.md', '--format=gift', '-o', 'sub.html']]
  ])('%s into a folder says so in one line, exit 2', async (command, args) => {
    const root = course()
    mkdirSync(join(root, 'sub.html'))
    const result = await run(args, root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(
      new RegExp(`(^|\\n)remark-rnn ${command}: cannot write sub\\.html: it is a folder\\.\\n$`)
    )
  })
})

describe('a write error in one line', () => {
  it('names a missing folder', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), {code: 'ENOENT'})
    expect(fileError('write', 'x/y.md', missing).message).toBe(
      'cannot write x/y.md: its folder does not exist.'
    )
  })
})

describe('a write error Node words in its own way', () => {
  it('keeps the words and drops the code, call and path', () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write '/x/y.md'"), {
      code: 'ENOSPC'
    })
    expect(fileError('write', 'y.md', full).message).toBe(
      'cannot write y.md: no space left on device.'
    )
  })
})
