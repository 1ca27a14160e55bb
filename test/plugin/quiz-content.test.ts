import {describe, expect, it} from 'vitest'
import {countParameters, generateOptions} from '../../src/core/index.js'
import type {DescriptionInput} from '../../src/index.js'
import {optionIndex, optionLetter} from '../../src/render/index.js'
import {toMarkdownWithGfmMath, toPlainHtml} from '../helpers/pipelines.js'

describe('quiz content the author wrote', () => {
  it('keeps a leaf quiz’s label as its question', async () => {
    const {output, file} = await toPlainHtml(
      '::rnn-quiz[Which count is right?]{inputs=9 units=5 ask=total}'
    )
    expect(file.messages).toEqual([])
    expect(output).toContain('<legend>Which count is right?</legend>')
    expect(output).not.toMatch(/How many parameters/)
  })

  it('keeps every block of an option and reads its numbers from the first paragraph only', async () => {
    const input = [
      ':::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=B}',
      'Which?',
      '',
      '- 16, 9',
      '',
      '  Swapped: 4 · 4 and 3 · 3.',
      '',
      '- 12, 20',
      '',
      '  ```text',
      '  12 = 3 * 4',
      '  ```',
      '',
      '  $$',
      '  20 = 4 \\cdot 4 + 4',
      '  $$',
      '',
      '  - input 12',
      '  - recurrent 20',
      ':::'
    ].join('\n')
    const {output, file} = await toPlainHtml(input)
    expect(file.messages).toEqual([])
    for (const kept of [
      'Swapped: 4 · 4 and 3 · 3.',
      '12 = 3 * 4',
      '20 = 4 \\cdot 4 + 4',
      '<li>input 12</li>',
      '<li>recurrent 20</li>'
    ]) {
      expect(output).toContain(kept)
    }

    const markdown = await toMarkdownWithGfmMath(input)
    expect(markdown.output).toContain('  Swapped: 4 · 4 and 3 · 3.')
  })

  it('letters options after Z as AA, AB, … and accepts answer=AA', async () => {
    const options = Array.from(
      {length: 28},
      (_, index) => `- ${index === 26 ? 32 : 100 + index}`
    ).join('\n')
    const {output, file} = await toMarkdownWithGfmMath(
      `:::rnn-quiz{inputs=3 units=4 ask=total answer=AA}\nHow many?\n\n${options}\n:::`
    )
    expect(file.messages).toEqual([])
    expect(output).toContain('* **Z.** 125')
    expect(output).toContain('* **AA.** 32')
    expect(output).toContain('* **AB.** 127')
    expect(output).not.toMatch(/\*\*[[\\\]^_`]/)
  })

  it('maps letters and indexes both ways', () => {
    for (let index = 0; index < 1000; index++) expect(optionIndex(optionLetter(index))).toBe(index)
    expect([
      optionLetter(0),
      optionLetter(25),
      optionLetter(26),
      optionLetter(701),
      optionLetter(702)
    ]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
    expect(optionIndex('b')).toBe(1)
    for (const bad of ['', '[', 'A1', 'ÄA', 'AAAA']) expect(optionIndex(bad)).toBeUndefined()
  })
})

describe('generated quizzes', () => {
  const asks = [
    ['total'],
    ['input'],
    ['recurrent'],
    ['output'],
    ['rnn'],
    ['input', 'recurrent'],
    ['recurrent-bias']
  ]
  const networks: DescriptionInput[] = []
  for (const inputs of [1, 2, 3, 4]) {
    for (const units of [1, 2, 3, 4]) {
      for (const outputs of [0, 1, 2]) {
        for (const cell of ['rnn', 'lstm', 'gru'] as const) {
          for (const framework of ['keras', 'pytorch'] as const) {
            for (const bidirectional of [false, true])
              networks.push({inputs, units, outputs, cell, framework, bidirectional})
          }
        }
      }
    }
  }

  it('always have four distinct options, exactly one right, even where the mistakes collide', () => {
    for (const network of networks) {
      const breakdown = countParameters(network)
      for (const ask of asks) {
        const {options, key} = generateOptions(breakdown, ask)
        const written = options.map((option) => option.values.join(','))
        expect(new Set(written).size, `${JSON.stringify(network)} ${ask}`).toBe(4)
        expect(options.filter((option) => option.correct)).toEqual([options[key]])
        for (const option of options)
          for (const value of option.values) expect(value).toBeGreaterThanOrEqual(0)
      }
    }
  })
})
