import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {toDiagnostic} from '../../src/lsp/diagnostics.js'

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
})
