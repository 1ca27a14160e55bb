import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// GRU 1248; BatchNormalization 64 (32 moving statistics); LayerNormalization 32; Dense 68:
// 1412 in total, 1380 trainable, 32 non-trainable.
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

const quiz = (attributes: string) => `${lm}::rnn-quiz{model=lm type=number ${attributes}}\n`

describe('a number question on a model read from code', () => {
  it('takes the count as its key, and recognises the numbers typical mistakes give', async () => {
    const {output, file} = await toPlainHtml(quiz('ask=trainable'))
    expect(messageLines(file)).toBe('')
    expect(output).toContain('How many parameters does this model have that training updates')
    expect(output).toContain('<input')
    expect(output).toContain('data-rnn-values="1380"')
    expect(output).toContain('Right: trainable = 1,380.')
    expect(output).toContain(
      "1,412: batch normalization's moving mean and variance counted as trainable parameters."
    )
    expect(output).toContain('1,376: the bias of a Dense/Linear layer forgotten.')
    // Another of the model's sums says which it is.
    expect(output).toContain('32: that is non-trainable of this model, not what is asked.')
    // The solution is the model's own table.
    expect(output).toContain('batch_normalization')
  })

  it('takes the author’s question, several numbers (in any order a mistake of its own), and a layer', async () => {
    const {output, file} = await toPlainHtml(
      `${lm}:::rnn-quiz{model=lm type=number ask="total gru" answer="1412, 1248"}\nCount the whole model, then its GRU.\n:::\n`
    )
    expect(messageLines(file)).toBe('')
    expect(output).toContain('Count the whole model, then its GRU.')
    expect(output).toContain('data-rnn-values="1412 1248"')
    expect(output).toContain('data-rnn-order="1248 1412"')
    expect(output).toContain('>Total<')
    expect(output).toContain('>gru<')
    expect(output).toContain('Right: total = 1,412; gru = 1,248.')
    // Nothing but the sums is offered as another quantity when two are asked.
    expect(output).not.toContain('not what is asked')
  })

  it('checks a stated key: the mistake it matches, or what cannot be read', async () => {
    const wrong = await toMarkdown(quiz('ask=total answer=1408'))
    expect(wrong.file.messages[0]?.ruleId).toBe('wrong-key')
    expect(messageLines(wrong.file)).toContain(
      'The answer is 1,412, not 1,408: `total` of this model is 1,412. The key is the bias of a Dense/Linear layer forgotten.'
    )
    expect(wrong.file.messages[0]?.expected).toEqual(['1412'])
    const unknown = await toMarkdown(quiz('ask=total answer=7'))
    expect(messageLines(unknown.file)).toContain(
      'The answer is 1,412, not 7: `total` of this model is 1,412.'
    )
    expect(messageLines(unknown.file)).not.toContain('The key is')
    const unread = await toMarkdown(quiz('ask=total answer=many'))
    expect(unread.file.messages[0]?.ruleId).toBe('invalid-key')
    expect(messageLines(unread.file)).toContain('Write the count, such as `answer=1412`')
    const right = await toMarkdown(quiz('ask=total answer=1,412'))
    expect(messageLines(right.file)).toBe('')
    const typo = await toMarkdown(`${lm}::rnn-quiz{model=lm type=numbr ask=total}\n`)
    expect(typo.file.messages[0]?.ruleId).toBe('invalid-choice')
    expect(typo.output).toContain('type=numbr')
  })

  it('names every mistake that gives the stated key, the likeliest first', async () => {
    // LayerNormalization's β and the Dense bias are 16 each: leaving out either gives 288.
    const page = `:::rnn{id=small}
\`\`\`python
import keras
from keras import layers
model = keras.Sequential([keras.Input(shape=(None, 16)), layers.LayerNormalization(), layers.Dense(16)])
\`\`\`
:::

::rnn-quiz{model=small type=number ask=total answer=288}
`
    const {file} = await toMarkdown(page)
    expect(messageLines(file)).toContain(
      "The answer is 304, not 288: `total` of this model is 304. The key is the bias of a Dense/Linear layer forgotten, or LayerNorm's β (its shift, the bias) forgotten."
    )
    const shown = await toPlainHtml(page.replace(' answer=288', ''))
    expect(shown.output).toContain('288: the bias of a Dense/Linear layer forgotten.')
  })

  it('hides the feedback with the solutions, and speaks German', async () => {
    const hidden = await toPlainHtml(quiz('ask=total'), {solutions: 'hide'})
    expect(messageLines(hidden.file)).toBe('')
    expect(hidden.output).toContain('<input')
    expect(hidden.output).not.toContain('data-rnn-values')
    const german = await toPlainHtml(quiz('ask=non-trainable'), {locale: 'de'})
    expect(messageLines(german.file)).toBe('')
    expect(german.output).toContain('Nicht trainierbar')
    expect(german.output).toContain(
      'gleitenden Mittelwert und Varianz der Batch-Normalisierung als trainierbare Parameter gezählt'
    )
  })

  it("recognises the context's width left out of a decoder's input, in English and German", async () => {
    const page = `:::rnn{id=dec}
\`\`\`python
import torch.nn as nn
class Decoder(nn.Module):
    def __init__(self, vocab=100, emb=8, hid=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb + hid, hid)
        self.out = nn.Linear(hid, vocab)
model = Decoder()
\`\`\`
:::

::rnn-quiz{model=dec type=number ask=rnn}
`
    // The GRU has 48·24 + 48·16 + 2·48 = 2016; weight_ih_l0 read as 48 × 8 loses 768: 1248.
    const english = await toPlainHtml(page)
    expect(messageLines(english.file)).toBe('')
    expect(english.output).toContain(
      "1,248: the context's width left out of the decoder's input: its recurrent layer reads the embedding and the context."
    )
    const german = await toPlainHtml(page, {locale: 'de'})
    expect(german.output).toContain('die Breite des Kontexts am Eingang des Decoders vergessen')
  })
})
