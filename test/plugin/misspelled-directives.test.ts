import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

// A directive name close to ours is read by remark-directive but expanded
// and checked by nobody: a quiz would reach students as plain text.

describe('misspelled directive names', () => {
  it.each([
    [':::rnn-quizz{inputs=3 units=4}\nQ?\n:::\n', '1:4-1:13', '`:::rnn-quizz`', 'rnn-quiz'],
    ['::rnnn{inputs=3 units=4}\n', '1:3-1:7', '`::rnnn`', 'rnn'],
    [':::RNN{inputs=3 units=4}\n:::\n', '1:4-1:7', '`:::RNN`', 'rnn'],
    ['::::rnn_quiz{inputs=3}\n::::\n', '1:5-1:13', '`:::rnn_quiz`', 'rnn-quiz'],
    // Too far from both names to be a typo of one, but plainly meant as ours: the quiz.
    [':::rnn-question{inputs=3}\n:::\n', '1:4-1:16', '`:::rnn-question`', 'rnn-quiz'],
    ['It has :rnnn[total]{inputs=3 units=4} parameters.\n', '1:9-1:13', '`:rnnn`', 'rnn']
  ])('%j is an error at the name, suggesting ours', async (page, place, shown, meant) => {
    const {file} = await toMarkdown(page)
    expect(messageLines(file)).toBe(
      `${place} error unparsed-directive: ${shown} is not a directive remark-rnn knows, so it was not expanded or checked. Did you mean \`${meant}\`?`
    )
    expect(file.messages[0]?.expected).toEqual([meant])
  })

  it('stops the build by default', async () => {
    await expect(toMarkdown('::rnnn{inputs=3 units=4}\n', {strict: true})).rejects.toThrow(
      /Did you mean `rnn`\? \[unparsed-directive\]/
    )
  })

  it('leaves other plugins’ directives alone', async () => {
    const {file} = await toMarkdown(':::note\nText\n:::\n\n::run{x=1}\n\nA :abbr[RNN] here.\n')
    expect(file.messages).toEqual([])
  })

  it.each([
    ['has no offsets', {line: 2, column: 1}],
    ['is not the file’s', {line: 2, column: 1, offset: 4}]
  ])('is placed at the directive when the tree %s', async (_, start) => {
    const {unified} = await import('unified')
    const {default: remarkRnn} = await import('../../src/index.js')
    const {VFile} = await import('vfile')
    const file = new VFile('')
    const tree = {
      type: 'root',
      children: [
        {
          type: 'leafDirective',
          name: 'rnnn',
          attributes: {},
          children: [],
          position: {start, end: {line: 2, column: 7}}
        }
      ]
    }
    await unified()
      .use(remarkRnn, {strict: false})
      .run(tree as never, file)
    expect(messageLines(file)).toMatch(/^2:1-2:7 error unparsed-directive: `::rnnn`/)
    expect(file.messages[0]?.expected).toBeUndefined()
  })
})
