import {describe, expect, it} from 'vitest'
import type {NumberQuiz} from '../../src/directives/quiz-variants.js'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

const leaf =
  '::rnn-quiz[How many parameters has this layer without an output layer?]{inputs=3 units=4 ask=rnn type=number}\n'

async function numberRecord(markdown: string, options = {}) {
  const {output, file} = await toMarkdown(markdown, options)
  const variants = file.data.rnnQuizzes?.[0]?.variants ?? []
  return {output, file, variants: variants as readonly NumberQuiz[]}
}

describe('number questions (type=number)', () => {
  it('takes the count as the key and records the numbers typical mistakes give', async () => {
    const {output, file, variants} = await numberRecord(leaf)
    expect(messageLines(file)).toBe('')
    const [quiz] = variants
    expect(quiz?.type).toBe('number')
    expect(quiz?.ask).toEqual(['rnn'])
    expect(quiz?.key).toEqual([32])
    const bias = quiz?.mistakes.find((entry) => entry.mistakes.includes('bias-forgotten'))
    expect(bias).toEqual({
      values: [28],
      mistakes: ['bias-forgotten'],
      explanation: 'the recurrent bias forgotten'
    })
    expect(quiz?.mistakes.every((entry) => entry.values[0] !== 32)).toBe(true)
    expect(new Set(quiz?.mistakes.map((entry) => entry.values.join()))).toHaveProperty(
      'size',
      quiz?.mistakes.length
    )
    // Markdown: the question, then the answer with the mistakes' numbers.
    expect(output).toContain('How many parameters has this layer without an output layer?')
    expect(output).toContain('**Answer: 32**: rnn = 12 + 20 = 32.')
    expect(output).toContain('* **28**: the recurrent bias forgotten')
    expect(output).not.toContain('**A.**')
  })

  it('checks a stated key like a choice quiz’s', async () => {
    const right = await numberRecord(leaf.replace('type=number', 'type=number answer=32'))
    expect(messageLines(right.file)).toBe('')
    expect(right.variants[0]?.key).toEqual([32])

    const written = leaf.replace('type=number', 'type=number answer=28')
    const wrong = await toMarkdown(written)
    expect(messageLines(wrong.file)).toMatch(
      /^1:\d+-1:\d+ error wrong-key: The answer is 32, not 28: rnn = 12 \+ 20 = 32\. The key is the recurrent bias forgotten\.$/
    )
    expect(wrong.file.messages[0]?.expected).toEqual(['32'])
    // At the stated key, which the fix replaces.
    const place = wrong.file.messages[0]?.place
    expect(place && 'start' in place && written.slice(place.start.offset, place.end.offset)).toBe(
      '28'
    )
    // The directive stays as written.
    expect(wrong.output).toBe(written)

    const unreadable = await toMarkdown(leaf.replace('type=number', 'type=number answer=3.2'))
    expect(messageLines(unreadable.file)).toMatch(/invalid-key: .*answer=3\.2.* decimal point/)
  })

  it('asks one number per quantity, separators read as in prose', async () => {
    const {file, variants, output} = await numberRecord(
      ':::rnn-quiz{inputs=300 units=40 ask="input recurrent" type=number answer="12,000, 1,640"}\nHow many input and recurrent parameters?\n:::\n'
    )
    expect(messageLines(file)).toBe('')
    expect(variants[0]?.key).toEqual([12000, 1640])
    expect(variants[0]?.mistakes[0]).toMatchObject({
      values: [1640, 12000],
      mistakes: ['order-swapped'],
      explanation: 'the right numbers in the wrong order'
    })
    expect(output).toContain('**Answer: 12,000; 1,640**')
  })

  it('keeps a list in a number question as part of the question', async () => {
    const {output, file} = await toMarkdown(
      ':::rnn-quiz{inputs=3 units=4 ask=rnn type=number}\nA layer:\n\n- 3 inputs\n- 4 units\n\nHow many parameters?\n:::\n'
    )
    expect(messageLines(file)).toBe('')
    expect(output).toContain('* 3 inputs\n* 4 units')
  })

  it('draws variants from ranges and seeds as choice quizzes do', async () => {
    const ranged =
      ':::rnn-quiz{inputs=2..8 units=3..9 ask=total type=number}\nA layer reads {inputs} features into {units} units. How many parameters?\n:::\n'
    const first = await numberRecord(ranged, {seed: 'alice', variants: 3})
    const again = await numberRecord(ranged, {seed: 'alice', variants: 3})
    expect(messageLines(first.file)).toBe('')
    expect(first.variants).toHaveLength(3)
    expect(again.output).toBe(first.output)
    for (const variant of first.file.data.rnnQuizzes?.[0]?.variants ?? []) {
      if (variant.type !== 'number') throw new Error('not a number question')
      const n = Number(variant.sizes.inputs)
      const h = Number(variant.sizes.units)
      expect(variant.key).toEqual([n * h + h * h + h])
    }
  })

  it('refuses an unknown type with a suggestion, and `type` on an rnn directive', async () => {
    const typo = await toMarkdown(leaf.replace('type=number', 'type=numbr'))
    expect(messageLines(typo.file)).toMatch(
      /invalid-choice: `type` must be one of `choice`, `number`, not `numbr`\. Did you mean `number`\?/
    )
    const solution = await toMarkdown('::rnn{inputs=3 units=4 type=number}\n')
    expect(messageLines(solution.file)).toMatch(/unknown-attribute: `type` belongs to quizzes/)
  })

  it('leaves answers out of student builds', async () => {
    const {output} = await toMarkdown(leaf, {solutions: 'hide'})
    expect(output).not.toContain('32')
    expect(output).not.toContain('28')
  })
})
