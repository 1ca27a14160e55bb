import {describe, expect, it} from 'vitest'
import {messageLines, toPlainHtml} from '../helpers/pipelines.js'

// Where solutions are hidden or folded, a broken quiz's note on the page
// says what is wrong without the answer; the build log still says it all.

const cases = [
  {
    name: 'a wrong key',
    page: ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nHow many?\n\n- 31\n- 32\n:::\n',
    answer: 'Answer B, not A',
    note: 'The key, option A, is not the right answer (the build log says which is).'
  },
  {
    name: 'no right option',
    page: ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nHow many?\n\n- 31\n- 33\n:::\n',
    answer: 'the answer is 32',
    note: 'No option is right. Add the right option (the build log says the answer).'
  },
  {
    name: 'several right options',
    page: ':::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nHow many?\n\n- 32\n- 32\n:::\n',
    answer: 'are all right (32)',
    note: 'More than one option is right; a question needs exactly one.'
  },
  {
    name: 'a wrong number key',
    page: ':::rnn-quiz{inputs=3 units=4 ask=total type=number answer=31}\nHow many?\n:::\n',
    answer: 'The answer is 32',
    note: 'The key, 31, is not the right count (the build log says which is).'
  },
  {
    name: 'an unreadable number key',
    page: ':::rnn-quiz{inputs=3 units=4 ask=total type=number answer=lots}\nHow many?\n:::\n',
    answer: '`answer=32`',
    note: 'Write the count in digits, or leave'
  },
  {
    name: 'a wrong stated number',
    page: 'It has :rnn[total=31]{inputs=3 units=4} parameters.\n',
    answer: 'this network has 32',
    note: 'The text says total = 31, which is not this network’s count'
  },
  {
    name: 'an unreadable stated number',
    page: 'It has :rnn[total=lots]{inputs=3 units=4} parameters.\n',
    answer: 'This network has 32',
    note: 'is not a parameter count: write it with digits'
  },
  {
    name: 'ranges with no valid variant',
    page: ':::rnn-quiz{inputs=2..3 units=4 ask=total answer=A}\nHow many?\n\n- 1\n- 2\n:::\n',
    answer: 'With inputs',
    note: 'No variant drawn from these ranges (100 draws)'
  }
]

/** The HTML text with the typographic apostrophe the page writes as ASCII. */
const plain = (text: string) => text.replaceAll('’', "'")

describe('a broken quiz’s note', () => {
  for (const mode of ['hide', 'collapse'] as const) {
    it.each(cases)(
      `keeps the answer of $name off a page with solutions: ${mode}`,
      async ({page, answer, note}) => {
        const {output, file} = await toPlainHtml(page, {solutions: mode})
        expect(output).toContain(plain(note))
        expect(output).not.toContain(answer.replaceAll('`', ''))
        // The build log and the editor still say everything.
        expect(messageLines(file)).toContain(answer)
      }
    )
  }

  it.each(cases)('says everything with solutions shown: $name', async ({page, answer}) => {
    const {output} = await toPlainHtml(page)
    expect(output).toContain(answer.replaceAll('`', ''))
  })
})
