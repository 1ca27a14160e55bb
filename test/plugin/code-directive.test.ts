import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

const gru = ':::rnn{id=g}\n```python\nmodel = nn.GRU(2, 3)\n```\n:::\n'
const seq2seq = `:::rnn{id=pair}
\`\`\`python
encoder = nn.GRU(2, 3)
decoder = nn.Sequential(nn.GRU(3, 3), nn.Linear(3, 1))
\`\`\`
:::

:rnn[total]{model=pair} :rnn[decoder]{model=pair}
`

describe('a :::rnn container whose content is model code', () => {
  it('keeps the code as written and follows it with the table and the derivation', async () => {
    const {output, file} = await toMarkdown(`${gru}\n:rnn[total]{model=g}`)
    expect(file.messages).toEqual([])
    expect(output).toContain('```python\nmodel = nn.GRU(2, 3)\n```')
    expect(output).toContain('weight_ih_l0')
    // One layer with parameters, the model itself: named `model`, no sum before its count.
    expect(output).toContain('N_{\\text{model}} &= 18 + 27 + 9 + 9 = 63')
    expect(output).toContain('N &= 63\n')
    expect(output).toMatch(/\n63\n*$/)
  })

  it('names models built side by side and their layers', async () => {
    const {output, file} = await toPlainHtml(seq2seq)
    expect(messageLines(file)).toBe('')
    expect(output).toContain('aria-label="Parameter table: PyTorch encoder and decoder"')
    expect(output).toContain(
      '<p><span class="rnn-number">139</span> <span class="rnn-number">76</span></p>'
    )
  })

  it('shows the parts `show` asks for, folds or hides them as `solutions` says', async () => {
    const table = await toPlainHtml(gru.replace('{id=g}', '{show=table}'))
    expect(table.output).toContain('<table')
    expect(table.output).not.toContain('math-display')
    const derivation = await toPlainHtml(gru.replace('{id=g}', '{show=derivation}'))
    expect(derivation.output).not.toContain('<table')
    expect(derivation.output).toContain('math-display')
    const diagram = await toPlainHtml(gru.replace('{id=g}', '{show=diagram}'))
    expect(diagram.output).not.toContain('<table')
    expect(diagram.output).not.toContain('math-display')
    expect(diagram.output).toContain('<svg')

    const folded = await toPlainHtml(gru, {solutions: 'collapse'})
    expect(folded.output).toContain(
      '<details class="rnn-solution"><summary>Worked solution: PyTorch model</summary>'
    )
    const hidden = await toPlainHtml(`${gru}\n:rnn[total]{model=g}`, {solutions: 'hide'})
    expect(hidden.output).not.toContain('<table')
    expect(hidden.output).not.toContain('data-rnn-total')
    expect(hidden.output).toContain('<span class="rnn-number">63</span>')
  })

  it('defines no model when the directive has a problem, even if its code counts', async () => {
    const {file} = await toMarkdown(
      ':::rnn{id=x units=4}\n```python\nmodel = nn.GRU(2, 3)\n```\n:::\n\n:rnn[total]{model=x}'
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'unknown-attribute',
      'unknown-model'
    ])
  })

  it('leaves containers without Python, and leaf directives, to the network description', async () => {
    const {file} = await toMarkdown(
      ':::rnn{inputs=4 units=5}\n```js\nx = 1\n```\n:::\n\n::rnn{inputs=4 units=5}'
    )
    expect(file.messages).toEqual([])
  })

  it('places a syntax error at the code’s own text, with its rule and url', async () => {
    const {file, output} = await toMarkdown(':::rnn\n```python\nmodel = nn.GRU(2,, 3)\n```\n:::\n')
    expect(messageLines(file)).toMatch(/^3:\d+-3:\d+ error python-syntax: /)
    expect(file.messages[0]?.url).toMatch(/#rule-python-syntax$/)
    expect(output).toBe(':::rnn\n```python\nmodel = nn.GRU(2,, 3)\n```\n:::\n')
  })
})
