import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rnnMystPlugin} from '../../src/myst/index.js'

// mystmd reads every page as UTF-8: a page in another encoding reaches the
// directives garbled. The page transform says so, as `check` does, and a
// strict build stops on it.

const page = '# Lesson é\n\nTotal: {rnn}`total=50`\n'
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-myst-encoding-'))

function file(name: string, bytes: Uint8Array): VFile {
  writeFileSync(join(folder, name), bytes)
  return new VFile({path: join(folder, name)})
}

async function transform(target: VFile, strict = false): Promise<string[]> {
  const plugin = rnnMystPlugin({strict})
  await plugin.transforms[0]?.plugin()({type: 'root', children: []}, target)
  return target.messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.ruleId} ${message.fatal} ${message.reason}`
  )
}

describe('a MyST page that is not UTF-8', () => {
  it('is refused at the first byte that cannot be read (Latin-1)', async () => {
    expect(await transform(file('latin1.md', Buffer.from(page, 'latin1')))).toEqual([
      '1:10 page-encoding true This page is not UTF-8: byte 0xE9 cannot be read (Latin-1, Windows-1252 or UTF-16 without its byte order mark?); save it as UTF-8.'
    ])
  })

  it('is named UTF-16 when it starts with its byte order mark, either way round', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, 'utf16le').swap16()])
    for (const [name, bytes] of [
      ['le.md', le],
      ['be.md', be]
    ] as const) {
      expect(await transform(file(name, bytes))).toEqual([
        '1:1 page-encoding true This page is UTF-16, and MyST reads pages as UTF-8 only: save it as UTF-8.'
      ])
    }
  })

  it('stops a strict build', async () => {
    await expect(transform(file('strict.md', Buffer.from(page, 'latin1')), true)).rejects.toThrow(
      /not UTF-8/
    )
  })

  it('says nothing of UTF-8 with or without its byte order mark, a notebook or a page it cannot open', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)])
    expect(await transform(file('bom.md', bom))).toEqual([])
    expect(await transform(file('plain.markdown', Buffer.from(page)))).toEqual([])
    // A replacement character written in the page is text like any other.
    expect(await transform(file('written.md', Buffer.from(`${page}\uFFFD\n`)))).toEqual([])
    expect(await transform(file('book.ipynb', Buffer.from(page, 'latin1')))).toEqual([])
    expect(await transform(new VFile({path: join(folder, 'gone.md')}))).toEqual([])
    expect(await transform(new VFile())).toEqual([])
  })
})
