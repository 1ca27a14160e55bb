import {describe, expect, it} from 'vitest'
import {lmsQuestions} from '../../src/export/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'
import {pageQuizzes} from './quizzes.js'

const settings = {
  format: 'gift',
  output: 'x',
  strings: solutionStrings('en'),
  numberFormat: {thousandsSeparator: localeSeparator('en')}
} as const

// A page without headings, two quizzes under one heading, an option whose
// mistake the checker cannot name, and variants whose sizes are all fixed.
const page = `:::rnn-quiz{inputs=3 units=4 ask=total answer=B}
Before any heading: the total?

- 33
- 32
:::

## Same

:::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=A}
Input and recurrent?

- 12, 20
- 16, 9
:::

::rnn-quiz{inputs=3 units=4 ask=total}
`

describe('LMS question names and feedback', () => {
  const questions = lmsQuestions(pageQuizzes(page, {seed: 1}), settings)

  it('name a quiz after its page alone without a heading, and number quizzes sharing a heading', () => {
    expect(questions.map((question) => question.name)).toEqual([
      'lesson',
      'lesson — Same (1)',
      'lesson — Same (2)'
    ])
  })

  it('explain the key with numbers, an unknown mistake with the fallback', () => {
    const [first, second] = questions.map((question) => question.variants[0])
    expect(
      first?.choices.map((choice) => [choice.text, choice.correct, choice.feedbackText])
    ).toEqual([
      ['33', false, settings.strings.quizNoMistake],
      ['32', true, 'total = 12 + 20 = 32']
    ])
    expect(second?.choices[0]?.feedbackText).toBe('input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20')
  })

  it('use an override of a mistake explanation from the strings', () => {
    const strings = {
      ...settings.strings,
      mistakes: {...settings.strings.mistakes, 'order-swapped': 'OVERRIDDEN'}
    }
    const swapped = `:::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=A}
Which?

- 12, 20
- 20, 12
:::
`
    const [question] = lmsQuestions(pageQuizzes(swapped), {...settings, strings})
    expect(question?.variants[0]?.choices[1]?.feedbackText).toBe('OVERRIDDEN')
  })
})
