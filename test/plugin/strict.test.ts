import {compile} from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Options} from '../../src/index.js'
import remarkRnn from '../../src/index.js'

// By default a page with an error stops the build, in every pipeline,
// after every directive was checked: the error thrown lists them all.

const page = [
  '# Quiz',
  '',
  ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}',
  'How many parameters?',
  '',
  '- 31',
  '- 32',
  ':::',
  '',
  'It has :rnn[total=70]{inputs=4 units=5 outputs=3} parameters.',
  '',
  '::rnn{inputs=4 units=0}',
  ''
].join('\n')

const processor = (options?: Options) =>
  unified().use(remarkParse).use(remarkDirective).use(remarkRnn, options).use(remarkStringify)

async function thrown(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run()
  } catch (error) {
    return error as Error
  }

  throw new Error('did not throw')
}

describe('strict, the default', () => {
  it('stops a unified build with one plain Error listing every error, each still on the file', async () => {
    const file = new VFile({value: page, path: 'quiz.md'})
    const error = await thrown(() => processor().process(file))
    // A plain Error: what site generators can copy and serialise (webpack's cache).
    expect(error.constructor).toBe(Error)
    expect(error.message.split('\n')).toEqual([
      'remark-rnn: quiz.md has 3 errors, so the build stops (option `strict: false` only reports them):',
      '  quiz.md:3:47-3:48: Answer B, not A: total = 12 + 20 = 32. The key points at option A (31). [wrong-key]',
      '  quiz.md:10:19-10:21: The text says total = 70, but this network has 68 (total). [wrong-number]',
      '  quiz.md:12:22-12:23: `units` must be at least 1, not 0. [out-of-range]'
    ])
    // No trace: what a reporter prints is the author's mistakes (remark-cli prints a cause's stack).
    expect(error.stack).toBe(`Error: ${error.message}`)
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'wrong-key',
      'wrong-number',
      'out-of-range'
    ])
  })

  it('names a file without a path as the page', async () => {
    const error = await thrown(() => processor().process('::rnn{inputs=4 units=0}\n'))
    expect(error.message.split('\n')).toEqual([
      'remark-rnn: the page has an error, so the build stops (option `strict: false` only reports them):',
      '  1:22-1:23: `units` must be at least 1, not 0. [out-of-range]'
    ])
  })

  it('stops an MDX compile', async () => {
    const error = await thrown(() =>
      compile(new VFile({value: page, path: 'quiz.mdx'}), {
        remarkPlugins: [remarkDirective, remarkRnn]
      })
    )
    expect(error.message).toContain('quiz.mdx has 3 errors')
  })

  it('lets a page with warnings only build', async () => {
    const file = await processor().process('::rnn{#unused inputs=4 units=5}\n')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['unused-model', false]
    ])
  })

  it('is not stopped by another plugin’s error', async () => {
    const other = () => (_tree: unknown, file: VFile) => {
      file.message('not ours').fatal = true
    }
    const file = await unified()
      .use(remarkParse)
      .use(other)
      .use(remarkRnn)
      .use(remarkStringify)
      .process('Text.\n')
    expect(file.messages).toHaveLength(1)
  })
})

describe('strict: false', () => {
  it('only reports, for editors and checkers', async () => {
    const file = await processor({strict: false}).process(page)
    expect(file.messages.filter((message) => message.fatal)).toHaveLength(3)
  })
})
