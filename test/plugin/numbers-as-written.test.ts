import {describe, expect, it} from 'vitest'
import {countParameters, explainAsked, readOptionNumbers} from '../../src/core/index.js'
import {messageLines, toMarkdownWithGfmMath} from '../helpers/pipelines.js'

// Numbers an author writes are read exactly or refused, and quoted as
// written; numbers the page writes are grouped as the page groups them.

const lines = async (page: string) =>
  messageLines((await toMarkdownWithGfmMath(page)).file)
    .split('\n')
    .filter(Boolean)

const numberQuestion = (answer: string) =>
  `::rnn-quiz[How many?]{inputs=3 units=4 ask=rnn type=number answer=${answer}}`

describe('keys and options with a sign', () => {
  it.each(['-32', '"+32"', '"−32"'])(
    'answer=%s is no key of a number question counting 32',
    async (answer) => {
      const written = answer.replace(/"/g, '')
      const [line, ...rest] = await lines(numberQuestion(answer))
      expect(rest).toEqual([])
      expect(line).toContain(
        `error invalid-key: \`answer=${written}\` is not the key of a number question: \`${written}\` has a sign; parameter counts are whole numbers from 0.`
      )
    }
  )

  it('an option with a minus sign is unreadable, a dash between numbers is not a sign', () => {
    expect(readOptionNumbers('(−32)', 1)).toEqual({
      ok: false,
      reason: '`−32` has a sign; parameter counts are whole numbers from 0.'
    })
    expect(readOptionNumbers('12 - 20', 2)).toEqual({ok: true, values: [12, 20]})
    expect(readOptionNumbers('layer-2 has 20', 2)).toEqual({ok: true, values: [2, 20]})
  })

  it('a decimal key is refused too', async () => {
    expect((await lines(numberQuestion('32.0')))[0]).toContain('has a decimal point')
  })
})

describe('numbers quoted as written', () => {
  it.each(['99999999999999999999999', '9007199254740993'])(
    'answer=%s is quoted as written, never rounded',
    async (answer) => {
      expect(await lines(numberQuestion(answer))).toEqual([
        `1:67-1:${67 + answer.length} error invalid-key: \`answer=${answer}\` is not the key of a number question: \`${answer}\` is too large to read exactly as a count. Write the count, such as \`answer=32\`, or leave \`answer\` out to take the count as the key.`
      ])
    }
  )

  it('an option too large to read exactly is quoted as written', async () => {
    expect(
      await lines(
        ':::rnn-quiz{inputs=3 units=4 ask=rnn answer=A}\nQ\n\n- 9007199254740993\n- 32\n:::'
      )
    ).toEqual([
      '4:3-4:19 error unreadable-option: Option A: `9007199254740993` is too large to read exactly as a count.'
    ])
  })

  it('ask is quoted in the case it was written', async () => {
    expect(await lines('::rnn-quiz[How many?]{inputs=3 units=4 ask=ASK}')).toEqual([
      '1:44-1:47 error unknown-quantity: `ask` names `ASK`, which is not a quantity of this network.'
    ])
  })
})

describe('a bracket in a quiz label', () => {
  it.each([
    ['::rnn-quiz[Which ] one?]{inputs=3 units=4 ask=rnn}', '1:18-1:19'],
    ['::rnn-quiz[Which [a] ] one?]{inputs=3 units=4 ask=rnn}', '1:22-1:23']
  ])('%s: the message points at the bracket', async (page, at) => {
    expect(await lines(page)).toEqual([
      `${at} error unparsed-directive: This \`]\` ends the label, so the rest of the line is not read as the directive. Write \`\\]\` for a bracket inside the label.`
    ])
  })

  it('an escaped bracket is part of the label', async () => {
    expect(await lines('::rnn-quiz[Which \\] one?]{inputs=3 units=4 ask=rnn}')).toEqual([])
  })

  it('a label closed before text that is no attribute list still gets the general message', async () => {
    const [unclosed] = await lines('::rnn-quiz[Which one')
    expect(unclosed).toContain(
      '1:1-1:21 error unparsed-directive: `::rnn-quiz[Which one` looks like'
    )
    const [emphasis] = await lines('::rnn-quiz[*Which* ] one?]{inputs=3 units=4 ask=rnn}')
    expect(emphasis).toContain(
      '1:1-1:53 error unparsed-directive: `::rnn-quiz[Which ] one?]{inputs=3 units=4 ask=rnn}` looks like'
    )
    const [closed] = await lines('::rnn-quiz[Which] one?')
    expect(closed).toContain(
      '1:1-1:23 error unparsed-directive: `::rnn-quiz[Which] one?` looks like'
    )
    const [line] = await lines('::rnn-quiz[Which one?] {inputs=3}')
    expect(line).toContain(
      '1:1-1:34 error unparsed-directive: `::rnn-quiz[Which one?] {inputs=3}` looks like'
    )
  })
})

describe('feedback grouped like the page', () => {
  it('groups every number of the explanation', async () => {
    const {output} = await toMarkdownWithGfmMath(
      ':::rnn-quiz{inputs=1000 units=2000 ask=rnn type=number}\nHow many?\n:::'
    )
    expect(output).toContain('rnn = 2,000,000 + 4,002,000 = 6,002,000.')
    expect(output).not.toContain('6002000')
  })

  it('writes plain digits unless asked to group', () => {
    const breakdown = countParameters({inputs: 1000, units: 2000})
    expect(explainAsked(breakdown, ['input'], '; ')).toBe('input = 1000 · 2000 = 2000000')
  })
})
