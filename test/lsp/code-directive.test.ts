import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {toDiagnostic} from '../../src/lsp/diagnostics.js'
import {hoverAt} from '../../src/lsp/hover.js'

const page = [
  '# A model as its code',
  '',
  ':::rnn{id=m}',
  '```python',
  'model = nn.Sequential(',
  '    nn.LSTMM(4, 5),',
  ')',
  '```',
  ':::',
  ''
].join('\n')

describe('the language server on a directive whose content is model code', () => {
  it('puts the plugin’s diagnostic at the code’s own text, with its rule and link', () => {
    const document = TextDocument.create('file:///a.md', 'markdown', 1, page)
    const analysis = analysePage(page, 'a.md', {})
    const diagnostics = analysis.messages.map((message) => toDiagnostic(message, document))
    expect(diagnostics).toHaveLength(1)
    const [diagnostic] = diagnostics
    expect(document.getText(diagnostic?.range)).toBe('nn.LSTMM')
    expect(diagnostic).toMatchObject({
      code: 'unknown-layer',
      severity: 1,
      source: 'remark-rnn',
      codeDescription: {href: expect.stringMatching(/#rule-unknown-layer$/)}
    })
  })

  it('shows a code model’s table on hover, and an inline quantity’s count', () => {
    const text = [
      ':::rnn{id=m}',
      '```python',
      'model = nn.Sequential(nn.GRU(2, 3), nn.Linear(3, 1))',
      '```',
      ':::',
      '',
      'It has :rnn[trainable]{model=m}, :rnn[nothing]{model=m}.',
      '',
      '::rnn{inputs=4 units=5}',
      '',
      ':::rnn',
      '```python',
      'model = nn.GRUU(2, 3)',
      '```',
      ':::',
      '',
      ':::rnn{id=k}',
      '```python',
      'model = keras.Sequential([keras.Input(shape=(None, 2)), layers.Dense(3)])',
      '```',
      ':::',
      '',
      'Keras: :rnn[total]{model=k}.',
      ''
    ].join('\n')
    const analysis = analysePage(text, 'b.md', {})
    const hover = (at: string) => {
      const contents = hoverAt(analysis, text.indexOf(at))?.contents
      return contents && typeof contents === 'object' && 'value' in contents
        ? contents.value
        : undefined
    }
    expect(hover('```python')).toMatch(/^\*\*67 parameters\*\* \(PyTorch model\)\n\n\| Layer/)
    expect(hover('```python')).toContain('weight_ih_l0')
    expect(hover(':rnn[trainable]')).toBe('**67** (trainable, PyTorch)')
    expect(hover(':rnn[nothing]')).toBeUndefined()
    expect(hover('::rnn{inputs')).toMatch(/^\*\*\d+ parameters\*\*/)
    expect(hover('nn.GRUU')).toBeUndefined()
    expect(hover(':rnn[total]{model=k}')).toBe('**9** (total, Keras)')
  })
})
