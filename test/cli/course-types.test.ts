import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

// The example course's section on the types of RNN: its numbers are the
// frameworks' (TensorFlow's text classifier has 138,369 parameters, Keras's
// character-level translation model 718,173), and its quiz key is checked.
const course = fileURLToPath(new URL('../../examples/course/rnn-parameters.md', import.meta.url))
const page = readFileSync(course, 'utf8')
const section = page.slice(page.indexOf('## Types of RNN'))
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-types-'))

function render(text: string) {
  const input = join(folder, 'types.md')
  writeFileSync(input, text)
  return runCli(['render', input, '-o', join(folder, 'types.html')])
}

describe('the example course’s types of RNN', () => {
  it('renders a classifier with a dense head, a tagger and an encoder–decoder, their stated counts checked', () => {
    const result = render(section)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const html = readFileSync(join(folder, 'types.html'), 'utf8')
    for (const total of ['138369', '295649', '718173'])
      expect(html).toContain(`data-rnn-total="${total}"`)
    expect(html).toContain('Answer: C')
    expect(html).toContain('keras.Model([encoder_inputs, decoder_inputs], outputs)')
  })

  it('fails the build when the quiz key is wrong', () => {
    const result = render(section.replace('ask=total answer=C', 'ask=total answer=D'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /Answer C, not D: .*= 718173\. The key points at option D \(718,080\)/
    )
    expect(result.stderr).toContain('wrong-key')
  })
})
