import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// A Keras subclass on a page: the same views as any code model, its layers
// by attribute path; a width it cannot follow is a message at the code's text.

const textGeneration = readFileSync(
  new URL('../fixtures/code/tf-text-generation.py', import.meta.url),
  'utf8'
)

const page = `:::rnn{id=tg show="summary,shapes,diagram"}
\`\`\`python
${textGeneration}\`\`\`
:::

:rnn[total]{model=tg} :rnn[gru]{model=tg}
`

describe('a Keras subclass in a :::rnn container', () => {
  it('gives the summary, shapes, diagram and inline quantities by attribute name', async () => {
    const {output, file} = await toPlainHtml(page)
    expect(messageLines(file)).toBe('')
    expect(output).toContain('gru (GRU)')
    expect(output).toContain('(None, None, 1024)')
    expect(output).toContain('<svg')
    expect(output).toContain(
      '<p><span class="rnn-number">4,022,850</span> <span class="rnn-number">3,938,304</span></p>'
    )
  })

  it('puts an input width it cannot follow at the layer, and keeps the directive', async () => {
    const code =
      'import keras\nclass M(keras.Model):\n    def __init__(self):\n        super().__init__()\n        self.d = keras.layers.Dense(3)\n    def call(self, x):\n        return self.d(x)\nmodel = M()\n'
    const input = `:::rnn\n\`\`\`python\n${code}\`\`\`\n:::\n`
    const {output, file} = await toMarkdown(input)
    expect(output).toBe(input)
    expect(messageLines(file)).toContain(
      "7:18-7:39 error unknown-input-width: Dense, called as `self.d(x)`, cannot know its input's width: the model's input `x` has no width given."
    )
  })
})
