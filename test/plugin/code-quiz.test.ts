import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// GRU 3·(8·16 + 16·16 + 2·16) = 1248; BatchNormalization 64 (32 moving statistics);
// LayerNormalization 32; Dense 68: 1412 in total, 1380 trainable.
const lm = `:::rnn{id=lm}
\`\`\`python
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(None, 8)),
    layers.GRU(16, return_sequences=True),
    layers.BatchNormalization(),
    layers.LayerNormalization(),
    layers.Dense(4),
])
\`\`\`
:::

`

const quiz = (attributes: string, options = '- 1408\n- 1412\n- 1828\n- 1396\n') =>
  `${lm}:::rnn-quiz{model=lm ${attributes}}\nHow many parameters does the model have?\n\n${options}:::\n`

describe('a quiz on a model read from code', () => {
  it('checks the key and names the mistake behind each wrong option', async () => {
    const {output, file} = await toPlainHtml(quiz('ask=total answer=B'))
    expect(messageLines(file)).toBe('')
    expect(output).toContain('How many parameters does the model have?')
    expect(output).toContain('Right: total = 1,412.')
    expect(output).toContain('Not this one: the bias of a Dense/Linear layer forgotten.')
    expect(output).toContain(
      'Not this one: the GRU given four gates, as an LSTM has, instead of three.'
    )
    expect(output).toContain("Not this one: the layer normalization's β (its shift) forgotten.")
    // The solution is the model's own table.
    expect(output).toContain('batch_normalization')
    expect(output).not.toContain('rnn-problem')
    // Recorded for LMS export as one variant, with the model's code.
    expect(file.data.rnnQuizzes?.[0]?.variants.map((variant) => variant.type)).toEqual([
      'code-choice'
    ])
  })

  it('says which option is right when the key is wrong, and the mistake the key points at', async () => {
    const {file} = await toMarkdown(quiz('ask=total answer=A'))
    expect(messageLines(file)).toContain(
      'Answer B, not A: `total` of this model is 1,412. The key points at option A (1,408): the bias of a Dense/Linear layer forgotten.'
    )
    expect(file.messages[0]?.ruleId).toBe('wrong-key')
  })

  it('lists the typical mistakes when no option is right', async () => {
    const {file} = await toMarkdown(quiz('ask=trainable answer=A', '- 1412\n- 1376\n- 7\n'))
    const lines = messageLines(file)
    expect(lines).toContain('No option is right: `trainable` of this model is 1,380.')
    expect(lines).toContain(
      "option A (1,412): BatchNormalization's moving mean and variance counted as trainable parameters; option B (1,376): the bias of a Dense/Linear layer forgotten."
    )
  })

  it('asks for several quantities and a layer by its name', async () => {
    const many = await toMarkdown(
      quiz('ask="total trainable" answer=2', '- 1412, 1412\n- 1412, 1380\n')
    )
    expect(messageLines(many.file)).toBe('')
    const layer = await toPlainHtml(quiz('ask=gru answer=A', '- 1248\n- 1664\n'))
    expect(messageLines(layer.file)).toBe('')
    expect(layer.output).toContain('gru = 1,248')
  })

  it('generates options from the mistakes when none are written, and the question from `ask`', async () => {
    const {output, file} = await toPlainHtml(`${lm}:::rnn-quiz{model=lm ask=non-trainable}\n:::\n`)
    expect(messageLines(file)).toBe('')
    expect(output).toContain(
      'How many parameters does this model have that training does not update'
    )
    // Moving statistics as trainable leave none non-trainable; other quantities stand in.
    expect(output).toMatch(
      /<strong>A\.<\/strong> 0<\/label>\n<div class="rnn-quiz-feedback"><p>Not this one: batch normalization/
    )
    expect(output).toMatch(
      /<strong>B\.<\/strong> 32<\/label>\n<div class="rnn-quiz-feedback" data-rnn-right>/
    )
    expect(output).toContain('Not this one: that is total of this model, not what is asked.')
    const total = await toPlainHtml(`${lm}::rnn-quiz{model=lm ask="TOTAL dense"}\n`)
    expect(messageLines(total.file)).toBe('')
    expect(total.output).toContain('1,412; 68')
    expect(total.output).toContain('1,408; 64')
  })

  it('speaks German with locale=de', async () => {
    const {output, file} = await toPlainHtml(`${lm}:::rnn-quiz{model=lm ask=dense}\n:::\n`, {
      locale: 'de'
    })
    expect(messageLines(file)).toBe('')
    expect(output).toContain('Wie viele Parameter hat dieses Modell in dense?')
    expect(output).toContain('den Bias einer Dense-/Linear-Schicht vergessen')
    expect(output).toContain('<th align="left">Schicht</th>')
    expect(output).toContain('\\text{nicht trainierbar}')
  })

  it('refuses what does not apply, at its text, keeping the quiz as written', async () => {
    const cases: Array<[string, string, string]> = [
      ['ask=total answer=B inputs=4', 'unknown-attribute', '`inputs` does not apply'],
      ['answer=B', 'missing-ask', 'A quiz needs `ask`'],
      ['ask=totl answer=B', 'unknown-quantity', 'did you mean'],
      ['ask=total', 'invalid-key', 'has no `answer`'],
      // The key is read as an attribute quiz's is, with its messages (quiz-options.ts).
      ['ask=total answer=Q', 'invalid-key', '`answer=Q` points beyond the 4 options.'],
      ['ask=total answer=B2', 'invalid-key', '`answer=B2` is not a key: use a letter'],
      ['ask=total answer=B remember=maybe', 'invalid-boolean', 'remember']
    ]
    for (const [attributes, ruleId, reason] of cases) {
      const {output, file} = await toMarkdown(quiz(attributes))
      expect(file.messages.map((message) => message.ruleId)).toContain(ruleId)
      expect(messageLines(file).toLowerCase()).toContain(reason.toLowerCase())
      expect(output).toContain(`{model=lm ${attributes}}`)
    }
  })

  it('refuses two right options, two equal options, and an answer without options', async () => {
    const several = await toMarkdown(quiz('ask=total answer=A', '- 1412\n- 1,412\n'))
    expect(several.file.messages[0]?.ruleId).toBe('several-correct-options')
    const twice = await toMarkdown(quiz('ask=total answer=A', '- 1412\n- 5\n- 5\n'))
    expect(twice.file.messages[0]?.ruleId).toBe('duplicate-options')
    const none = await toMarkdown(`${lm}:::rnn-quiz{model=lm ask=total answer=A}\n:::\n`)
    expect(none.file.messages[0]?.ruleId).toBe('missing-options')
  })

  it('reports a code quiz’s problems beside one the directive check finds first', async () => {
    const both = await toMarkdown(quiz('ask=totl answer=B answer=B'))
    expect(both.file.messages.map((message) => message.ruleId)).toEqual([
      'duplicate-attribute',
      'unknown-quantity'
    ])
    const one = await toMarkdown(quiz('ask=total answer=B answer=B'))
    expect(one.file.messages.map((message) => message.ruleId)).toEqual(['duplicate-attribute'])
  })

  it('generates options for a small model from its mistakes and its other quantities', async () => {
    const {output, file} = await toPlainHtml(
      ':::rnn{id=tiny}\n```python\nmodel = nn.Linear(3, 2)\n```\n:::\n\n::rnn-quiz{model=tiny ask=total}\n'
    )
    expect(messageLines(file)).toBe('')
    // 8 right, 6 without the bias; the total and trainable repeat it, nothing is non-trainable; then twice it.
    const labels = [...output.matchAll(/<\/strong> (\d+)<\/label>/g)].map((match) => match[1])
    expect(labels).toEqual(['6', '8', '16'])
  })

  it('says when a wrong option is no count at all, and hides feedback with the solutions', async () => {
    const {output} = await toPlainHtml(
      quiz('ask="total trainable" answer=A', '- 1412, 1380\n- 5, 5\n- 1412, 1412\n')
    )
    expect(output).toContain('Not this one: not a count of this network.')
    const single = await toPlainHtml(quiz('ask=total answer=B', '- 7\n- 1412\n'))
    expect(single.output).toContain('Not this one: not a count of this network.')
    const hidden = await toPlainHtml(quiz('ask=total answer=B'), {solutions: 'hide'})
    expect(messageLines(hidden.file)).toBe('')
    expect(hidden.output).not.toContain('rnn-quiz-feedback"><p>Not this one')
    expect(hidden.output).not.toContain('<table')
  })

  it('names no mistake where the options match none, and no suggestion for a name far from any', async () => {
    const none = await toMarkdown(quiz('ask=total answer=A', '- 7\n- 8\n'))
    expect(messageLines(none.file)).toContain(
      'No option is right: `total` of this model is 1,412. Add the right option.'
    )
    const key = await toMarkdown(quiz('ask=total answer=A', '- 7\n- 1412\n'))
    expect(messageLines(key.file)).toContain('The key points at option A (7).')
    const far = await toMarkdown(quiz('ask=qqqqqqqqqqqq answer=A'))
    expect(messageLines(far.file)).not.toContain('did you mean')
    expect(far.file.messages[0]?.ruleId).toBe('unknown-quantity')
    const words = await toMarkdown(quiz('ask=total answer=A', '- many\n- 1412\n'))
    expect(words.file.messages.length).toBeGreaterThan(0)
  })
})
