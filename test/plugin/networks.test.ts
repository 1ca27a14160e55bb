import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

// Dense heads, merge modes and encoder–decoders through the real remark
// pipeline: inline quantities and quiz `ask` name the new groups and term
// ids; bad values are messages with their ruleId, the directive kept.

const models = [
  '::rnn{#clf vocab=1000 inputs=64 units=64 cell=lstm bidirectional outputs=64,1}',
  '',
  '::rnn{#seq inputs=4 units=5 cell=lstm decoder-inputs=3 decoder-vocab=20 outputs=20}',
  ''
].join('\n')

describe('the new shapes in pages', () => {
  it('prints and checks inline quantities of the new groups and term ids', async () => {
    const {output, file} = await toMarkdown(
      [
        models,
        'Head :rnn[head=8,321]{model=clf}, hidden :rnn[dense]{model=clf}, all :rnn[total=138,369]{model=clf}.',
        '',
        'Encoder :rnn[encoder]{model=seq}, decoder :rnn[decoder=180]{model=seq},',
        'its embedding :rnn[decoder-embedding]{model=seq}, one term :rnn[decoder.input-weights]{model=seq},',
        'hidden weights :rnn[dense-weights.d1]{model=clf}.'
      ].join('\n')
    )
    expect(messageLines(file)).toBe('')
    expect(output).toContain('Head 8,321, hidden 8,256, all 138,369.')
    expect(output).toContain('Encoder 200, decoder 180,')
    expect(output).toContain('its embedding 60, one term 60,')
    expect(output).toContain('hidden weights 8,192.')
  })

  it('reports a wrong stated number of a new group', async () => {
    const {file} = await toMarkdown(`${models}\n:rnn[head=8,256]{model=clf}`)
    expect(messageLines(file)).toMatch(/error wrong-number: .*8,321/)
  })

  it('checks and generates quizzes that ask for the new groups', async () => {
    const {output, file} = await toMarkdown(
      [
        models,
        ':::rnn-quiz{model=seq ask="encoder decoder" answer=B}',
        'How many parameters do the two stacks have?',
        '',
        '- 180, 200',
        '- 200, 180',
        '- 200, 200',
        ':::',
        '',
        '::rnn-quiz{model=clf ask="dense output"}'
      ].join('\n')
    )
    expect(messageLines(file)).toBe('')
    expect(output).toContain('**Answer: B**')
    expect(output).toMatch(/in its hidden dense layers and in its output layer\?/)
  })

  it.each([
    ['::rnn{inputs=4 units=5 outputs=64,,1}', 'empty-value'],
    ['::rnn{inputs=4 units=5 outputs=0,3}', 'out-of-range'],
    ['::rnn{inputs=4 units=5 bidirectional merge=max}', 'invalid-choice'],
    ['::rnn{inputs=4 units=5 merge=sum}', 'conflicting-options'],
    ['::rnn{inputs=4 units=5 bidirectional merge=sum framework=pytorch}', 'conflicting-options'],
    ['::rnn{inputs=4 units=5 decoder-units=5}', 'missing-attribute'],
    ['::rnn{inputs=4 units=5 bidirectional decoder-inputs=3 decoder-units=5}', 'mismatched-state'],
    [':rnn[decoder]{inputs=4 units=5 decoder-units=6}', 'missing-attribute']
  ])('%s → %s, the directive kept', async (input, ruleId) => {
    const {output, file} = await toMarkdown(input)
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleId])
    expect(output.trim()).toBe(input)
  })

  it.each([
    ['::rnn{inputs=4 units=5 outputs=64,,1}', '1:35-1:35', 'empty-value'],
    ['::rnn{inputs=4 units=5 bidirectional merge=max}', '1:44-1:47', 'invalid-choice'],
    ['::rnn{inputs=4 units=5 decoder-inputs=3 decoder-units=9}', '1:55-1:56', 'mismatched-state'],
    ['::rnn{inputs=4 units=5 merge=sum}', '1:24-1:33', 'conflicting-options']
  ])('places the message of %s on the attribute at fault', async (input, place, ruleId) => {
    const {file} = await toMarkdown(input)
    expect(messageLines(file)).toMatch(new RegExp(`^${place} error ${ruleId}:`))
  })
})
