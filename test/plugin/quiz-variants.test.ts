import {compile} from '@mdx-js/mdx'
import fc from 'fast-check'
import remarkDirective from 'remark-directive'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

const ranged = `# Lesson

## Sizes

:::rnn-quiz{inputs=2..8 units=3..12 ask="input recurrent" answer=A}
A layer reads {inputs} features into {units} units. How many input and recurrent parameters?

- {input}, {recurrent}
- {recurrent}, {input}
- {n * h}, {h * h}
:::
`

/** The question line and the options of the rendered quiz. */
function shown(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('A layer') || line.startsWith('* **'))
    .join('\n')
}

describe('quizzes with size ranges', () => {
  it('shows one variant with its numbers filled in and checked', async () => {
    const {output, file} = await toMarkdown(ranged, {seed: 'alice'})
    expect(messageLines(file)).toBe('')
    const [, inputs, units] = /reads (\d+) features into (\d+) units/.exec(output) ?? []
    const n = Number(inputs)
    const h = Number(units)
    expect(n).toBeGreaterThanOrEqual(2)
    expect(n).toBeLessThanOrEqual(8)
    expect(h).toBeGreaterThanOrEqual(3)
    expect(h).toBeLessThanOrEqual(12)
    expect(output).toContain(`* **A.** ${n * h}, ${h * h + h}`)
    expect(output).toContain(`* **C.** ${n * h}, ${h * h}`)
    expect(output).toContain(`**Answer: A** (${n * h}, ${h * h + h})`)
  })

  it('gives the same page for the same seed, and other variants for other seeds', async () => {
    const first = shown((await toMarkdown(ranged, {seed: 'alice'})).output)
    expect(shown((await toMarkdown(ranged, {seed: 'alice'})).output)).toBe(first)
    const others = new Set<string>()
    for (const seed of ['bob', 'carol', 'dave', 'erin', 'frank'])
      others.add(shown((await toMarkdown(ranged, {seed})).output))
    others.add(first)
    expect(others.size).toBeGreaterThan(1)
  })

  it('draws the same variant in Markdown and MDX, wherever the quiz stands', async () => {
    const mdx = new VFile({
      value: `import {X} from './x.js'\n\nSome text first.\n\n${ranged}`,
      path: 'page.mdx'
    })
    const compiled = String(
      await compile(mdx, {remarkPlugins: [remarkDirective, [remarkRnn, {seed: 'alice'}]]})
    )
    const [, inputs, units] =
      /reads (\d+) features into (\d+) units/.exec(
        (await toMarkdown(ranged, {seed: 'alice'})).output
      ) ?? []
    expect(compiled).toContain(
      `"A layer reads ", "${inputs}", " features into ", "${units}", " units.`
    )
  })

  it('takes the quiz’s own seed over the site’s', async () => {
    const own = ranged.replace('answer=A}', 'answer=A seed=7}')
    const a = shown((await toMarkdown(own, {seed: 'alice'})).output)
    const b = shown((await toMarkdown(own, {seed: 'bob'})).output)
    expect(a).toBe(b)
  })

  it('never shows a variant where two options coincide (n = h makes A and B equal)', async () => {
    // inputs=h always: input = h·h and recurrent = h·h + h differ, but A and C coincide when h·h + h = h·h, never; use a swap instead.
    const tight = `:::rnn-quiz{inputs=3..4 units=3..4 ask="input output" outputs=3..4 answer=A}
- {input}, {output}
- {output}, {input}
:::
`
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      const {output, file} = await toMarkdown(tight, {seed})
      expect(messageLines(file)).toBe('')
      const [a, b] = [...output.matchAll(/\* \*\*[AB]\.\*\* (.+)/g)].map((match) => match[1])
      expect(a).not.toBe(b)
    }
  })

  it('records every variant on file.data for export, the page’s first', async () => {
    const {file} = await toMarkdown(ranged, {seed: 's', variants: 5})
    const [record] = file.data.rnnQuizzes ?? []
    expect(record?.page).toBe('Lesson')
    expect(record?.heading).toBe('Sizes')
    expect(record?.variants).toHaveLength(5)
    const sizes = record?.variants.map((variant) => JSON.stringify(variant.sizes))
    expect(new Set(sizes).size).toBe(5)
    for (const variant of record?.variants ?? []) {
      expect(variant.verdicts.filter((verdict) => verdict.correct)).toHaveLength(1)
    }
  })

  it('fills placeholders that MDX reads as expressions', async () => {
    const mdx = `:::rnn-quiz{inputs=2..8 units=3 ask=input answer=A}
How many input weights for {inputs} inputs?

- {input}
- {n * h + 1}
:::
`
    const file = new VFile({value: mdx, path: 'quiz.mdx'})
    const compiled = String(
      await compile(file, {remarkPlugins: [remarkDirective, [remarkRnn, {seed: 'x'}]]})
    )
    expect(file.messages.map(String)).toEqual([])
    const [, n] = /"How many input weights for ", "(\d)", " inputs\?"/.exec(compiled) ?? []
    expect(Number(n)).toBeGreaterThanOrEqual(2)
    expect(compiled).toMatch(new RegExp(`"A."\\s+\\}\\), " ", "${Number(n) * 3}"\\]`))
  })
})

describe('problems with ranges and placeholders', () => {
  const cases: Array<[string, string, string]> = [
    [
      'a backwards range',
      ':::rnn-quiz{inputs=8..2 units=3 ask=total}\n:::\n',
      '1:20-1:24 error invalid-range: `inputs=8..2` runs backwards: write the smaller bound first (`inputs=2..8`).'
    ],
    [
      'a range reaching a size that is not allowed',
      '::rnn-quiz{inputs=0..4 units=3 ask=total}\n',
      '1:19-1:23 error invalid-range: The range of `inputs` reaches a size that is not allowed: '
    ],
    [
      'options that can never have one right answer',
      ':::rnn-quiz{inputs=2..4 units=3 ask=total answer=A}\n- 1\n- 2\n:::\n',
      '1:1-4:4 error no-valid-variant: No variant drawn from these ranges (100 draws) gives a quiz with exactly one right option and distinct options; narrow the ranges or change the options. With inputs='
    ],
    [
      'an unknown placeholder',
      ':::rnn-quiz{inputs=2..4 units=3 ask=total answer=A}\nHow many for {inptus}?\n\n- {total}\n- {total + 1}\n:::\n',
      '2:14-2:22 error unknown-placeholder: `{inptus}` names `inptus`, which is neither a size nor a quantity of this network. Did you mean `inputs`?'
    ],
    [
      'two options with the same numbers, without ranges',
      ':::rnn-quiz{inputs=2 units=3 ask=total answer=A}\n- {total}\n- 5\n- 5\n:::\n',
      '1:1-5:4 error duplicate-options: Options B and C both give 5; each option needs its own numbers.'
    ]
  ]

  it.each(cases)('%s is a positioned error and the directive stays', async (_, input, expected) => {
    const {output, file} = await toMarkdown(input)
    expect(messageLines(file)).toContain(expected)
    expect(output).toMatch(/^:{2,3}rnn-quiz\{/)
  })

  it('a quiz with ranges that fails checks with the same message for every draw (unknown ask)', async () => {
    const {file} = await toMarkdown('::rnn-quiz{inputs=2..4 units=3 ask=totl}\n')
    expect(messageLines(file)).toContain('unknown-quantity')
  })
})

describe('property: hostile ranges and braces', () => {
  const size = fc.oneof(
    fc.constantFrom(
      '2..8',
      '0..3',
      '8..2',
      '1..1',
      '..',
      '3..',
      '1e3..2',
      '9999999..10000000',
      '1..4,2..3',
      '5'
    ),
    fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => `${a}..${b}`)
  )
  const brace = fc.oneof(
    fc.constantFrom(
      '{inputs}',
      '{h * h}',
      '{inptus}',
      '{n *}',
      '{}',
      '{#x}',
      '{total}',
      '{(n}',
      '{recurrent-bias}',
      '{9999999999 * 9999999999}'
    ),
    fc.string({maxLength: 8}).map((text) => `{${text}}`)
  )

  it('never throws: every quiz becomes a variant or positioned errors, and the same seed gives the same page', async () => {
    await fc.assert(
      fc.asyncProperty(
        size,
        size,
        fc.array(brace, {maxLength: 3}),
        fc.array(brace, {minLength: 0, maxLength: 3}),
        fc.string({maxLength: 4}),
        async (inputs, units, question, options, seed) => {
          const list = options.map((option) => `- ${option}`).join('\n')
          const page = `:::rnn-quiz{inputs="${inputs}" units="${units}" ask=total${options.length > 0 ? ' answer=A' : ''}}\n${question.join(' ') || 'Q?'}\n\n${list}\n:::\n`
          const first = await toMarkdown(page, {seed, variants: 2})
          const again = await toMarkdown(page, {seed, variants: 2})
          expect(again.output).toBe(first.output)
          for (const message of first.file.messages) expect(message.place).toBeDefined()
          const shown = !/^:::rnn-quiz/.test(first.output)
          expect(shown).toBe(first.file.messages.length === 0)
        }
      ),
      {numRuns: 120, seed: 14}
    )
  })
})
