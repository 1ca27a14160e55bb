import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

// Short forms the tokenizer refuses: each stays the author's text, and the
// plugin says why instead of letting it reach readers silently.
describe('a short form that cannot be read', () => {
  it.each([
    ['::rnn<=4 units=5>'],
    ['::rnn<4 units=5>'],
    ['::rnn<inputs= units=5>'],
    ['::rnn<inputs=>'],
    ['::rnn<inputs=4'],
    ['::rnn<inputs="4'],
    ['::rnn<inputs="'],
    ['::rnn<inputs="4"units="5">'],
    ['::rnn<inputs=4 units=5> and more'],
    ['::rnn<inputs=4 units=5>x']
  ])('%s', async (line) => {
    const {output, file} = await toMarkdown(line + '\n\nAfter.\n')
    expect(messageLines(file)).toMatch(
      /^1:1-1:\d+ error unparsed-directive: `.*` looks like an rnn directive but could not be read, so it would show as text\. Check the `<…>` attributes/
    )
    expect(output).toContain('After.')
    // Written back as the author wrote it (escaped where Markdown needs it).
    expect(output.replace(/\\/g, '')).toContain(line)
  })
})
