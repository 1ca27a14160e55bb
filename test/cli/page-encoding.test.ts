import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodePage, redecodePage} from '../../src/core/page-text.js'
import {cliRunners} from '../helpers/cli-runners.js'

// The right total of `inputs=4 units=5` is 50: 99 is a wrong stated number.
const wrong = '# Lesson é\n\nTotal: :rnn[total=99]{inputs=4 units=5}.\n'
const right = '# Lesson é\n\nTotal: :rnn[total=50]{inputs=4 units=5}.\n'

const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le')
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes.swap16()])
}
const utf8bom = (text: string) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])

function page(name: string, bytes: Uint8Array): {folder: string; path: string} {
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-encoding-'))
  writeFileSync(join(folder, name), bytes)
  return {folder, path: join(folder, name)}
}

describe.each(cliRunners)('pages in other encodings (%s)', (_runner, run) => {
  it.each([
    ['UTF-8 with a byte order mark', utf8bom],
    ['UTF-16 LE', utf16le],
    ['UTF-16 BE', utf16be]
  ])('%s: check reads the stated number, and fails on a wrong one', async (_name, encode) => {
    const bad = page('bad.md', encode(wrong))
    const result = await run(['check', bad.path])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('99')
    const good = page('good.md', encode(right))
    expect((await run(['check', good.path])).status).toBe(0)
    const rendered = await run(['render', good.path])
    expect(rendered.stdout).toContain('<h1>Lesson é</h1>')
    expect(rendered.stdout).not.toContain('\uFEFF')
  })

  it('refuses a Latin-1 page in check and render at the first byte it cannot read', async () => {
    const latin1 = page('latin1.md', Buffer.from(right, 'latin1'))
    const checked = await run(['check', latin1.path])
    expect(checked.status).toBe(1)
    expect(checked.stderr).toMatch(
      /1:10\s+error\s+This page is not UTF-8: byte 0xE9 cannot be read/
    )
    expect(checked.stderr).toContain('page-encoding')
    const rendered = await run(['render', latin1.path, '-o', join(latin1.folder, 'out.html')])
    expect(rendered.status).toBe(1)
    expect(rendered.stderr).toContain('latin1.md')
    expect(rendered.stderr).toContain('byte 0xE9 cannot be read')
  })
})

describe('decoding a page', () => {
  const problem = (bytes: Uint8Array) => decodePage(bytes) as {problem: string; place: object}

  it('points at the first unreadable byte after multi-byte and written replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from('a\u00e9\uFFFD😀\nbc'), Buffer.from([0x80])])
    expect(problem(bytes).place).toEqual({line: 2, column: 3})
    expect(problem(bytes).problem).toContain('byte 0x80')
  })

  it('refuses UTF-16 without its byte order mark (NUL bytes) and broken UTF-16', () => {
    expect(problem(Buffer.from('ab', 'utf16le')).place).toEqual({line: 1, column: 2})
    expect(problem(Buffer.from([0xff, 0xfe, 0x00, 0xd8])).problem).toBe(
      'This page starts as UTF-16LE but is not valid UTF-16LE; save it as UTF-8.'
    )
  })

  it('reads again only a page that shows signs of another encoding', () => {
    const never = () => {
      throw new Error('read again')
    }
    expect(redecodePage('\uFEFFtext', never)).toEqual({text: 'text'})
    expect(redecodePage('a \uFFFD', () => Buffer.from('a \uFFFD'))).toEqual({text: 'a \uFFFD'})
  })
})
