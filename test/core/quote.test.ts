import {describe, expect, it} from 'vitest'
import {clip, quote} from '../../src/core/problem.js'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

// A message quoting author text must show what the text holds: a control
// character between `5` and `0` printed raw looks like `50` (the right
// count) in a terminal, and U+202E reverses what follows it.

describe('author text quoted in a message', () => {
  it('writes invisible and reordering characters as their code points', () => {
    expect(quote('5\u00010')).toBe('`5<U+0001>0`')
    expect(clip('to\u202Etal')).toBe('to<U+202E>tal')
    expect(clip('a\u200Bb\u2066c\u007F')).toBe('a<U+200B>b<U+2066>c<U+007F>')
    // Whitespace stays one space, and visible text (accents, emoji with joiners) is as written.
    expect(clip('a\tb\r\nc é 👩\u200D💻')).toBe('a b c é 👩\u200D💻')
  })

  it('in a real message: a stated number with a control character in it', async () => {
    const {file} = await toMarkdown('Total :rnn[total=5\u00010]{inputs=4 units=5}.\n')
    expect(messageLines(file)).toContain('`5<U+0001>0` is not a parameter count')
  })
})
