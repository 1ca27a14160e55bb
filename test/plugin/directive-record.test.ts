import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../helpers/pipelines.js'

// What the plugin leaves on `file.data` for the language server: each
// directive's place and what it resolved, even where the directive fails later.

const code = (layer: string) =>
  [':::rnn{id=m}', '```python', `model = nn.Sequential(${layer})`, '```', ':::', ''].join('\n')

async function recorded(page: string) {
  const {file} = await toMarkdown(page, {strict: false})
  return (file.data.rnnDirectives ?? []).map((record) => ({
    line: record.position?.start.line,
    total: record.breakdown?.total ?? record.code?.total
  }))
}

describe('the directives the plugin records on the file', () => {
  it('records each directive in page order with its total, wrong numbers and keys included', async () => {
    const page = [
      '::rnn{inputs=4 units=5 outputs=3}',
      '',
      'It has :rnn[total=99]{inputs=4 units=5 outputs=3} parameters.',
      '',
      ':::rnn-quiz{inputs=4 units=5 outputs=3 ask=total answer=A}',
      'How many?',
      '',
      '- 67',
      '- 68',
      ':::',
      ''
    ].join('\n')
    expect(await recorded(page)).toEqual([
      {line: 1, total: 68},
      {line: 3, total: 68},
      {line: 5, total: 68}
    ])
  })

  it('records an explorer that fails by its network, and nothing for a network that does not count', async () => {
    const page = [
      '::rnn-explorer{inputs=4 units=5 vary="cell gates framwork"}',
      '',
      ':::rnn{units=5}',
      'Text.',
      ':::',
      '',
      '::rnn{inputs=4 units=5 outputs=3}',
      ''
    ].join('\n')
    expect(await recorded(page)).toEqual([
      {line: 1, total: 50},
      {line: 3, total: undefined},
      {line: 7, total: 68}
    ])
  })

  it('records models read from code, their failures, and the directives naming them', async () => {
    const page = [
      code('nn.GRU(2, 3), nn.Linear(3, 1)'),
      ':rnn[total]{model=m}',
      '',
      '::rnn{model=m units=5}',
      '',
      code('nn.LSTMM(4, 5)'),
      code('nn.LSTM(4, 5)').replace('{id=m}', '{show=everything}')
    ].join('\n')
    expect(await recorded(page)).toEqual([
      {line: 1, total: 67},
      {line: 7, total: 67},
      {line: 9, total: 67},
      {line: 11, total: undefined},
      {line: 17, total: 220}
    ])
  })
})
