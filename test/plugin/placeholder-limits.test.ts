import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'
import type {MystNode} from '../../src/myst/index.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import {messageLines, toMarkdownWithGfmMath} from '../helpers/pipelines.js'

// Placeholders far beyond any real one (thousands of nested brackets, ten
// thousand terms) are refused at the text at fault, and the rest of the page
// is still checked: nothing recurses as deep as the author's text.

const nested = `{${'('.repeat(3000)}n${')'.repeat(3000)}}`
const long = `{${Array.from({length: 10_000}, () => 'n').join('+')}}`
const quiz = (question: string) =>
  `:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\n${question}\n\n- {total}\n- {total + 1}\n:::\n\n::rnn{inputs=x units=4}\n`

describe('placeholders beyond their limits', () => {
  it.each([
    ['nested brackets', nested, 'brackets in a placeholder nest at most 20 deep.'],
    [
      'ten thousand terms',
      long,
      'a placeholder holds at most 200 names, numbers, operators and brackets; this one has 19999.'
    ]
  ])(
    '%s: a message at the placeholder, and the next directive is still checked',
    async (_, placeholder, why) => {
      const {file, output} = await toMarkdownWithGfmMath(quiz(`How many? ${placeholder}`))
      const end = 11 + placeholder.length
      expect(messageLines(file).split('\n')).toEqual([
        `2:11-2:${end} error unknown-placeholder: \`${placeholder.slice(0, 59)}…\` is too long: ${why}`,
        '8:14-8:15 error not-a-number: `inputs` must be a whole number; got `x`.'
      ])
      expect(file.messages[0]?.url).toMatch(/#rule-unknown-placeholder$/)
      // The quiz stays as written.
      expect(output).toContain(placeholder)
    }
  )

  it('every wrong placeholder of a quiz is reported', async () => {
    const {file} = await toMarkdownWithGfmMath(quiz('{inptus} and {unitz} and {n}'))
    expect(file.messages.map((message) => message.reason.slice(0, 11))).toEqual([
      '`{inptus}` ',
      '`{unitz}` n',
      '`inputs` mu'
    ])
  })

  it('the language server still publishes the page', () => {
    const analysis = analysePage(quiz(nested), 'page.md', {})
    expect(analysis.messages.map((message) => message.ruleId)).toEqual([
      'unknown-placeholder',
      'not-a-number'
    ])
  })

  it('MyST still handles the page', async () => {
    const plugin = rnnMystPlugin({strict: false})
    const file = new VFile({path: 'page.md'})
    const option = (name: string, value: string): MystNode => ({
      type: 'mystOption',
      name,
      value,
      position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
    })
    const node: MystNode = {
      type: 'mystDirective',
      children: [option('inputs', '3'), option('units', '4'), option('ask', 'total')],
      position: {start: {line: 1, column: 1}, end: {line: 6, column: 4}}
    }
    const body = [{type: 'paragraph', children: [{type: 'text', value: `How many? ${long}`}]}]
    const children = plugin.directives[1]?.run({name: 'rnn-quiz', node, body}, file) ?? []
    await plugin.transforms[0]?.plugin()({type: 'root', children}, file)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-placeholder'])
  })
})
