import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it, vi} from 'vitest'
import {fileText} from '../../src/directives/file-context.js'
import remarkRnn from '../../src/index.js'

// A page read as bytes (to-vfile's `read`, remark-cli) is decoded once, not
// once per directive: the source of every directive (written back, checked
// for its closing fence, quoted in messages) comes from that one text.

/** A page of `count` directives of each kind that reads its source: containers, leaves, problems, misspellings. */
function page(count: number): string {
  return Array.from(
    {length: count},
    (_, index) =>
      `:::rnn{inputs=${index + 1} units=5}\n:::\n\n::rnn<inputs=4 units=x>\n\n:rnn[total]{inputs=4 unit=5}\n\n::rnnn{inputs=4 units=5}\n`
  ).join('\n')
}

/** How many times the page's bytes are decoded while it is expanded and written back as Markdown. */
async function decodings(count: number): Promise<number> {
  const file = new VFile({path: 'page.md', value: new TextEncoder().encode(page(count))})
  const decode = vi.spyOn(file, 'toString')
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkRnn, {strict: false})
    .use(remarkStringify)
  await processor.process(file)
  expect(file.messages.length).toBeGreaterThanOrEqual(3 * count)
  return decode.mock.calls.length
}

describe('the text of a page read as bytes', () => {
  it('is decoded as often for 30 directives of each kind as for one', async () => {
    expect(await decodings(30)).toBe(await decodings(1))
  })

  it('is the file’s string as it is, and decoded again when the file gets new bytes', () => {
    const file = new VFile({value: 'as text'})
    expect(fileText(file)).toBe('as text')
    file.value = new TextEncoder().encode('first')
    expect(fileText(file)).toBe('first')
    file.value = new TextEncoder().encode('second')
    expect(fileText(file)).toBe('second')
    // A file without a value (a tree run without its text) is empty text.
    expect(fileText(new VFile())).toBe('')
  })
})
