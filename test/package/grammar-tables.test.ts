// The Python grammar the library and the command bundle (scripts/build.js)
// carries its parse tables decoded (scripts/grammar-tables.js), so importing
// it runs no decoding loop; it must parse exactly as lezer's own module.
// Its highlighting, which the reader never uses, is left out
// (scripts/grammar-highlighting.js).
import {readFileSync} from 'node:fs'
import {parser as lezerPython} from '@lezer/python'
import {describe, expect, it} from 'vitest'
import {repository} from '../helpers/package.js'

const grammarFile = `${repository}/node_modules/.cache/remark-rnn/lezer-python.js`
const libraryGrammarFile = `${repository}/node_modules/.cache/remark-rnn/lezer-python-encoded.js`

const program = `import torch.nn as nn
class Net(nn.Module):
    def __init__(self, vocab=5000, hidden=256):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)  # a comment
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden * 2, vocab)
    def forward(self, x):
        return self.fc(self.rnn(self.embedding(x))[0])
model = Net(vocab=len("abc"), hidden=2 ** 8)
layers = [nn.GRU(8, 8) for _ in range(3)]
if broken(:
`

describe('the bundled Python grammar', () => {
  it('holds no table in lezer’s string encoding', () => {
    const text = readFileSync(grammarFile, 'utf8')
    expect(text).not.toMatch(/\b(states|stateData|goto|tokenData):"/)
  })

  it('carries no highlighting (@lezer/highlight’s style rules), in the command nor the library', () => {
    // styleTags' message for a bad rule: present whenever the style rules are bundled.
    for (const file of [grammarFile, libraryGrammarFile])
      expect(readFileSync(file, 'utf8')).not.toContain('Invalid path')
  })

  it('parses a program, errors included, to the same tree as lezer’s own module', async () => {
    const {parser} = (await import(grammarFile)) as {parser: typeof lezerPython}
    expect(parser.parse(program).toString()).toBe(lezerPython.parse(program).toString())
  })

  it('has the node types of lezer’s own module, highlighting left out', async () => {
    const {parser} = (await import(grammarFile)) as {parser: typeof lezerPython}
    const names = (of: typeof lezerPython) => of.nodeSet.types.map((type) => type.name)
    expect(names(parser)).toEqual(names(lezerPython))
  })
})
