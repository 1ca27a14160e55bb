import {describe, expect, it} from 'vitest'
import {messageLines, toKatexHtml, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// The views of a model read from code beyond its table and derivation:
// summary, shapes and diagram, through remark-rehype (the fixtures
// code-views-* hold whole pages).

const block = (attributes: string, code: string) =>
  `:::rnn{${attributes}}\n\`\`\`python\n${code}\n\`\`\`\n:::\n`

const chain = `from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input(shape=(None, 3))
h = layers.LSTM(4)(inp)
model = keras.Model(inp, layers.Dense(2)(h))`

const sideBySide = `import torch.nn as nn
encoder = nn.Sequential(nn.GRU(2, 3))
decoder = nn.Linear(3, 1)`

describe('the views of a model read from code', () => {
  it('shows table and derivation unless a part is asked for; shapes and summary when asked', async () => {
    const plain = await toMarkdown(block('', 'model = nn.GRU(2, 3)'))
    expect(plain.output).toContain('N &= 63')
    expect(plain.output).not.toContain('Param #')
    const asked = await toMarkdown(block('show="shapes summary"', 'model = nn.GRU(2, 3)'))
    expect(asked.output).not.toContain('N &= 63')
    expect(asked.output).toContain('| `GRU` ')
    expect(asked.output).toContain('`weight_ih_l0 [9, 2]`')
  })

  it('lists the states a Keras layer returns after its output, as summary() and the shapes show them', async () => {
    const states = `import keras
from keras import layers
inp = keras.Input(shape=(None, 3))
out, h, c = layers.RNN(layers.LSTMCell(4), return_state=True)(inp)
model = keras.Model(inp, layers.Dense(2)(c))`
    const {output} = await toMarkdown(block('show="summary shapes"', states))
    const listed = output.split('[(None, 4), (None, 4), (None, 4)]').length - 1
    expect(listed).toBe(2)
  })

  it('shows each PyTorch layer’s output features where its spec gives them (en, de)', async () => {
    const code = [
      'model = nn.Sequential(',
      '    nn.Embedding(10, 4),',
      '    nn.LSTM(4, 8, bidirectional=True),',
      '    nn.Dropout(0.1),',
      '    nn.Linear(16, 3),',
      ')'
    ].join('\n')
    const {output} = await toMarkdown(block('show=shapes', code))
    const rows = output.split('\n').filter((line) => line.startsWith('|'))
    expect(rows[0]).toMatch(/^\| Layer +\| Output features \| Tensors +\|$/)
    const widths = rows.slice(2).map((line) => line.split('|')[2]?.trim())
    expect(widths).toEqual(['4', '16', '', '3'])
    const german = await toMarkdown(block('show=shapes', code), {locale: 'de'})
    expect(german.output).toContain('| Ausgabemerkmale |')
  })

  it('takes the site’s parts, all but `code`; only `code` leaves the table and derivation', async () => {
    const summary = await toMarkdown(block('', 'model = nn.GRU(2, 3)'), {show: ['summary', 'code']})
    expect(summary.file.messages).toEqual([])
    expect(summary.output).toContain('Param #')
    expect(summary.output).not.toContain('N &= 63')
    const code = await toMarkdown(block('', 'model = nn.GRU(2, 3)'), {show: ['code']})
    expect(code.output).toContain('N &= 63')
  })

  it('places `show=code` at its word: the code is already on the page', async () => {
    const page = block('show="table code"', 'model = nn.GRU(2, 3)')
    const {file, output} = await toMarkdown(page)
    expect(messageLines(file)).toMatch(/^1:20-1:24 error invalid-show: `show` lists `code`/)
    expect(output).toBe(page)
    const ok = await toMarkdown(block('show=table', 'model = nn.GRU(2, 3)'))
    expect(ok.file.messages).toEqual([])
  })

  it('prints a chain-shaped functional model without "Connected to", its Input first', async () => {
    const {output} = await toMarkdown(block('show=summary', chain))
    expect(output).not.toContain('Connected to')
    expect(output).toMatch(/`input_layer \(InputLayer\)` *\| `\(None, None, 3\)` *\| *0 \|/)
    expect(output).toMatch(/`lstm \(LSTM\)` *\| `\(None, 4\)` *\| *128 \|/)
  })

  it('connects a decoder to the encoder states it starts from, as summary() names them', async () => {
    const seq2seq = `from tensorflow import keras
from tensorflow.keras import layers
enc_in = keras.Input(shape=(None, 3))
_, h, c = layers.LSTM(4, return_state=True)(enc_in)
dec_in = keras.Input(shape=(None, 2))
seq = layers.LSTM(4, return_sequences=True)(dec_in, initial_state=[h, c])
model = keras.Model([enc_in, dec_in], layers.Dense(2)(seq))`
    const {output} = await toMarkdown(block('show=summary', seq2seq))
    expect(output).toContain('`input_layer_1[0][0], lstm[0][1], lstm[0][2]`')
    const html = await toPlainHtml(block('show=diagram', seq2seq))
    expect(html.output).toContain('lstm_1 (LSTM), 112 parameters, reads input_layer_1, lstm;')
  })

  it('names each model built side by side at the root of its tree', async () => {
    const {output} = await toMarkdown(block('show=summary', sideBySide))
    expect(output).toContain('`encoder: Sequential`')
    expect(output).toContain('`\u00a0\u00a0(0): GRU`')
    expect(output).toContain('`decoder: Linear`')
    const html = await toPlainHtml(block('show=diagram', sideBySide))
    expect(html.output).toContain('(0): GRU')
    // The text alternative says where each module sits.
    expect(html.output).toContain('encoder.0 (GRU), 63 parameters, in encoder')
  })

  it('draws an SVG with title, description and one stylesheet a page, ids counted', async () => {
    const page = `${block('show=diagram', chain)}\n${block('show=diagram', 'model = nn.GRU(2, 3)')}`
    const {output, file} = await toKatexHtml(page)
    expect(file.messages).toEqual([])
    expect(output).toContain('aria-labelledby="rnn-diagram-1-title rnn-diagram-1-desc"')
    expect(output).toContain('<title id="rnn-diagram-1-title">Keras model: 138 parameters</title>')
    expect(output).toContain(
      '<desc id="rnn-diagram-1-desc">input_layer (InputLayer), 0 parameters; lstm (LSTM), 128 parameters, reads input_layer; dense (Dense), 10 parameters, reads lstm.</desc>'
    )
    expect(output).toContain('<title id="rnn-diagram-2-title">PyTorch model: 63 parameters</title>')
    expect(output.match(/<style>/g)).toHaveLength(1)
  })

  it('speaks German with locale de', async () => {
    const {output} = await toPlainHtml(block('show="diagram summary shapes"', chain), {
      locale: 'de'
    })
    expect(output).toContain('128 Parameter')
    expect(output).toContain('Schicht (Typ)')
    expect(output).toContain('Eingabeform')
    expect(output).toContain('liest input_layer')
  })

  it('folds the views with the rest of the solution', async () => {
    const {output} = await toPlainHtml(block('show="diagram summary"', chain), {
      solutions: 'collapse'
    })
    expect(output).toMatch(
      /<details class="rnn-solution"><summary>[^<]*<\/summary><div class="rnn-diagram">/
    )
  })

  it('gives a quiz on the model the views its `show` asks for', async () => {
    const page = `${block('id=m', 'model = nn.GRU(2, 3)')}\n:::rnn-quiz{model=m ask=total show="diagram summary"}\nHow many?\n:::\n`
    const {output, file} = await toPlainHtml(page)
    expect(messageLines(file)).toBe('')
    expect(output).toContain('<svg')
    expect(output).toContain('Param #')

    const refused = await toMarkdown(page.replace('show="diagram summary"', 'show=code'))
    expect(messageLines(refused.file)).toMatch(
      /^7:\d+-7:\d+ error invalid-show: `show` lists `code`/
    )
  })
})
