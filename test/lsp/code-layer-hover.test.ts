import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {hoverAt} from '../../src/lsp/hover.js'

/** A page holding one `:::rnn` block of code, and what hovering at a text of it shows. */
function hovering(code: readonly string[], indent = '') {
  const text = [
    '# Page',
    '',
    `${indent}:::rnn`,
    `${indent}\`\`\`python`,
    ...code.map((line) => indent + line),
    `${indent}\`\`\``,
    `${indent}:::`,
    ''
  ].join('\n')
  const analysis = analysePage(text, 'page.md', {})
  return (at: string, shift = 0) => {
    const offset = text.indexOf(at)
    expect(offset).toBeGreaterThan(-1)
    const contents = hoverAt(analysis, offset + shift)?.contents
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : ''
  }
}

const wholeModel = /^\*\*[\d,]+ parameters\*\* \((Keras|PyTorch) /

describe('hover on the code that constructs a layer', () => {
  it('shows a Keras Sequential layer on its line, the whole model elsewhere', () => {
    const hover = hovering([
      'model = keras.Sequential([',
      '    keras.Input(shape=(None, 8)),',
      '    layers.LSTM(64),',
      '    layers.Dense(3),',
      '])'
    ])
    const lstm = hover('layers.LSTM', 3)
    expect(lstm).toMatch(
      /^\*\*`lstm`\*\* \(LSTM, Keras\): \*\*18,688 parameters\*\*, all trainable\n/
    )
    expect(lstm).toContain(
      '| `recurrent_kernel` | 64 × 256 | $4 \\cdot h \\cdot h = 4 \\cdot 64 \\cdot 64$ |'
    )
    expect(lstm).not.toContain('dense')
    // The layer's sum is its subtotal, not the model's total.
    expect(lstm).toMatch(/\| \*\*Subtotal\*\* +\|/)
    expect(lstm).not.toContain('Total')
    // The line's indentation, before the call, is the layer's line too.
    expect(hover('    layers.Dense')).toMatch(
      /^\*\*`dense`\*\* \(Dense, Keras\): \*\*195 parameters\*\*/
    )
    expect(hover('model =')).toMatch(wholeModel)
    expect(hover('keras.Input')).toMatch(wholeModel)
    expect(hover('])')).toMatch(wholeModel)
    expect(hover('```python')).toMatch(wholeModel)
  })

  it('shows a functional layer at its call, a shared layer at its constructor, and a frozen split', () => {
    const hover = hovering([
      'inputs = keras.Input(shape=(None, 4))',
      'x = layers.Dense(3)(inputs)',
      'embed = layers.Dense(5, trainable=False)',
      'a = embed(x)',
      'b = embed(x)',
      'y = layers.Concatenate()([a, b])',
      'model = keras.Model(inputs, y)'
    ])
    expect(hover('x = layers')).toMatch(/^\*\*`dense`\*\* \(Dense, Keras\): \*\*15 parameters\*\*/)
    expect(hover('(inputs)', 2)).toMatch(/^\*\*`dense`\*\*/)
    const shared = hover('embed = ')
    expect(shared).toMatch(
      /^\*\*`dense_1`\*\* \(Dense, Keras\): \*\*20 parameters\*\*, 0 trainable, 20 non-trainable/
    )
    expect(shared).toContain('`kernel` (non-trainable)')
    expect(shared).toMatch(/\| \*\*Non-trainable\*\* +\|/)
    // Calling it is not constructing it: the whole model, which counts it once.
    expect(hover('a = embed')).toMatch(/^\*\*35 parameters\*\* \(Keras model\)/)
    expect(hover('layers.Concatenate')).toMatch(
      /^\*\*`concatenate`\*\* \(Concatenate, Keras\): \*\*0 parameters\*\*/
    )
  })

  it('shows a PyTorch module’s layer at its constructor, not where forward uses it', () => {
    const hover = hovering([
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.rnn = nn.GRU(8, 16)',
      '        self.heads = nn.ModuleList([nn.Linear(16, 2) for _ in range(3)])',
      '        self.both = nn.Sequential(nn.ReLU(), nn.Linear(16, 1))',
      '',
      '    def forward(self, x):',
      '        out, _ = self.rnn(x)',
      '        return self.both(out)',
      '',
      'model = Net()'
    ])
    const gru = hover('self.rnn =')
    expect(gru).toMatch(
      /^\*\*`rnn`\*\* \(GRU, PyTorch\): \*\*1,248 parameters\*\*, all trainable\n/
    )
    expect(gru).toContain('| `weight_hh_l0` | 48 × 16 |')
    expect(hover('out, _ = self.rnn')).toMatch(/^\*\*1,367 parameters\*\* \(PyTorch model\)/)
    // One comprehension builds three heads: the first in full, the others named.
    const heads = hover('nn.Linear(16, 2)')
    expect(heads).toMatch(/^\*\*`heads.0`\*\* \(Linear, PyTorch\): \*\*34 parameters\*\*/)
    expect(heads).toContain(
      'This line builds 3 layers (a helper module used more than once, or a loop); also `heads.1` (34), `heads.2` (34): 102 parameters in all.'
    )
    // A line that constructs two layers: each at its own call, the model between them.
    expect(hover('nn.Linear(16, 1)')).toMatch(/^\*\*`both.1`\*\* \(Linear, PyTorch\)/)
    expect(hover('nn.ReLU')).toMatch(/^\*\*`both.0`\*\* \(ReLU, PyTorch\): \*\*0 parameters\*\*/)
    // The line's container: its own subtree, not the model.
    const both = hover('self.both =')
    expect(both).toMatch(
      /^\*\*`both`\*\* \(Sequential, PyTorch\): \*\*17 parameters\*\*, all trainable\n/
    )
    expect(both).toMatch(/\| \*\*both\.1\*\* +\| Linear /)
    expect(both).not.toContain('rnn')
    expect(both).toMatch(/\| \*\*Subtotal\*\* \|.*\*\*17\*\* \|\n$/)
  })

  it('shows every instance of a helper module’s layer, and says where a tied weight is counted', () => {
    const hover = hovering([
      'class Attention(nn.Module):',
      '    def __init__(self, size):',
      '        super().__init__()',
      '        self.score = nn.Linear(size, size)',
      '',
      'class Model(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.encoder = nn.Embedding(10, 4)',
      '        self.first = Attention(4)',
      '        self.second = Attention(2)',
      '        self.decoder = nn.Linear(4, 10)',
      '        self.decoder.weight = self.encoder.weight',
      '        self.scale = nn.Parameter(torch.ones(3))',
      '',
      'model = Model()'
    ])
    const score = hover('self.score')
    expect(score).toMatch(/^\*\*`first.score`\*\* \(Linear, PyTorch\): \*\*20 parameters\*\*/)
    expect(score).toContain('also `second.score` (6): 26 parameters in all.')
    const decoder = hover('self.decoder = ')
    expect(decoder).toMatch(/^\*\*`decoder`\*\* \(Linear, PyTorch\): \*\*10 parameters\*\*/)
    expect(decoder).toContain('`decoder.weight` is `encoder.weight` (tied): counted once, there.')
    expect(hover('self.encoder = ')).toMatch(
      /^\*\*`encoder`\*\* \(Embedding, PyTorch\): \*\*40 parameters\*\*/
    )
    // The model's own parameter belongs to the model, built by `Model()`.
    expect(hover('model = Model()')).toMatch(
      /^\*\*`model`\*\* \(Model, PyTorch\): \*\*3 parameters\*\*/
    )
    // A helper module without parameters of its own: its subtree and subtotal, not the model.
    const first = hover('self.first = ')
    expect(first).toMatch(
      /^\*\*`first`\*\* \(Attention, PyTorch\): \*\*20 parameters\*\*, all trainable\n/
    )
    expect(first).toMatch(/\| \*\*first\.score\*\* +\| Linear /)
    expect(first).not.toContain('second')
    expect(first).not.toContain('Total')
    expect(first).toMatch(/\| \*\*Subtotal\*\* +\|/)
    expect(hover('self.second = ')).toMatch(
      /^\*\*`second`\*\* \(Attention, PyTorch\): \*\*6 parameters\*\*/
    )
  })

  it('shows a nested helper module’s subtree, naming its other instances, and its frozen split', () => {
    const hover = hovering([
      'class Attention(nn.Module):',
      '    def __init__(self, h):',
      '        super().__init__()',
      '        self.query = nn.Linear(h, h)',
      '        self.key = nn.Linear(h, h, bias=False)',
      '',
      'class Decoder(nn.Module):',
      '    def __init__(self, h):',
      '        super().__init__()',
      '        self.attention = Attention(h)',
      '        self.rnn = nn.GRU(h, h)',
      '        self.attention.requires_grad_(False)',
      '',
      'class Model(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.one = Decoder(2)',
      '        self.two = Decoder(2)',
      '',
      'model = Model()'
    ])
    const attention = hover('self.attention = ')
    expect(attention).toMatch(
      /^\*\*`one.attention`\*\* \(Attention, PyTorch\): \*\*10 parameters\*\*, 0 trainable, 10 non-trainable\n/
    )
    expect(attention).toMatch(/\| \*\*one\.attention\.query\*\* +\| Linear /)
    expect(attention).toMatch(/\| \*\*one\.attention\.key\*\* +\| Linear /)
    expect(attention).not.toContain('rnn')
    expect(attention).toMatch(/\| \*\*Non-trainable\*\* +\|/)
    expect(attention).toContain(
      'This line builds 2 modules (a helper module used more than once, or a loop); also `two.attention`.'
    )
    expect(hover('self.two = ')).toMatch(
      /^\*\*`two`\*\* \(Decoder, PyTorch\): \*\*46 parameters\*\*/
    )
    expect(hover('model = Model()')).toMatch(wholeModel)
  })

  it('finds the layer in an indented block and in pasted print(model) output', () => {
    const indented = hovering(['model = nn.LSTM(2, 3)'], '  ')
    expect(indented('nn.LSTM')).toMatch(/^\*\*`model`\*\* \(LSTM, PyTorch\): \*\*84 parameters\*\*/)
    const printed = hovering([
      'Net(',
      '  (rnn): LSTM(2, 3)',
      '  (fc): Linear(in_features=3, out_features=1, bias=True)',
      ')'
    ])
    expect(printed('(fc)')).toMatch(/^\*\*`fc`\*\* \(Linear, PyTorch\): \*\*4 parameters\*\*/)
    expect(printed('LSTM(2')).toMatch(/^\*\*`rnn`\*\* \(LSTM, PyTorch\)/)
    expect(printed('Net(')).toMatch(/^\*\*88 parameters\*\* \(PyTorch model\)/)
  })
})

describe('hover elsewhere than an rnn block’s own code', () => {
  it('shows the whole model on the fences, and in a leaf that names the model', () => {
    const text = [
      ':::rnn{id=m}',
      '```python',
      'model = nn.Sequential(',
      '    nn.GRU(2, 3),',
      ')',
      '```',
      ':::',
      '',
      '::rnn{model=m}',
      '',
      ''
    ].join('\n')
    const analysis = analysePage(text, 'page.md', {})
    const hover = (offset: number) => {
      const contents = hoverAt(analysis, offset)?.contents
      return contents && typeof contents === 'object' && 'value' in contents ? contents.value : ''
    }
    const first = text.indexOf('nn.GRU')
    expect(hover(first)).toMatch(/^\*\*`0`\*\* \(GRU, PyTorch\)/)
    // The line's indentation is on the layer's line.
    expect(hover(first - 2)).toMatch(/^\*\*`0`\*\* \(GRU, PyTorch\)/)
    expect(hover(text.indexOf('```\n:::'))).toMatch(/^\*\*63 parameters\*\* \(PyTorch model\)/)
    expect(hover(text.indexOf('::rnn{model=m}'))).toMatch(/^\*\*63 parameters\*\*/)
  })
})

describe('hover on a layer in a German page', () => {
  it('labels the layer’s sum as a subtotal in the page’s words', () => {
    const text = [
      ':::rnn',
      '```python',
      'model = nn.Sequential(nn.GRU(2, 3))',
      '```',
      ':::',
      ''
    ].join('\n')
    const analysis = analysePage(text, 'page.md', {locale: 'de'})
    const contents = hoverAt(analysis, text.indexOf('nn.GRU'))?.contents
    const value =
      contents && typeof contents === 'object' && 'value' in contents ? contents.value : ''
    expect(value).toMatch(/^\| Schicht +\| Tensor/m)
    expect(value).toMatch(/\| \*\*Zwischensumme\*\* +\|/)
    expect(value).not.toContain('Insgesamt')
  })
})
