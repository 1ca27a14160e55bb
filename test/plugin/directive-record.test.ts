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

  it('records each quiz’s verdict as its check found it, a failing one’s too', async () => {
    const quiz = (attributes: string, options: string[]) =>
      [`:::rnn-quiz{inputs=4 units=5 ${attributes}}`, 'How many?', '', ...options, ':::', ''].join(
        '\n'
      )
    const page = [
      quiz('ask=total answer=B', ['- 45', '- 50', '- 20']),
      quiz('ask=total answer=A', ['- 67', '- 50']),
      quiz('ask=total', ['- 50', '- 51']),
      quiz('ask=recurrent', []),
      quiz('ask=recurrent answer=A', ['- 6.5']),
      quiz('ask=recurrent type=number', []),
      quiz('ask=totl', ['- 50']),
      quiz('ask=total answer=A show=everything', ['- 50', '- 51'])
    ].join('\n')
    const {file} = await toMarkdown(page, {strict: false})
    const quizzes = (file.data.rnnDirectives ?? []).map((record) => record.quiz)
    const total = {ask: ['total'], answer: [50]}
    const recurrent = {ask: ['recurrent'], answer: [30]}
    const judged = (right: number[], key: number | undefined, values: number[][]) => ({
      right,
      key,
      verdicts: values.map((each) =>
        expect.objectContaining({values: each, correct: each[0] === 50})
      )
    })
    expect(quizzes).toEqual([
      {...total, options: judged([1], 1, [[45], [50], [20]])},
      {...total, options: judged([1], 0, [[67], [50]])},
      {...total, options: judged([0], undefined, [[50], [51]])},
      {...recurrent, options: 'generated'},
      {...recurrent, options: 'unreadable'},
      {...recurrent, options: 'none'},
      undefined,
      {...total, options: judged([0], 0, [[50], [51]])}
    ])
    // A wrong option's verdict names the mistake that gives it.
    const wrong = quizzes[0]?.options
    expect(typeof wrong === 'object' && wrong.verdicts[0]?.mistakes.length).toBeGreaterThan(0)
  })
})
