import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {hoverAt} from '../../src/lsp/hover.js'

/** What hovering at a text of `lines` (a page) shows. */
function hovering(lines: readonly string[]) {
  const text = lines.join('\n')
  const analysis = analysePage(text, 'page.md', {})
  return (at: string) => {
    const offset = text.indexOf(at)
    expect(offset).toBeGreaterThan(-1)
    const contents = hoverAt(analysis, offset + 1)?.contents
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : ''
  }
}

const model = [
  ':::rnn{id=lm}',
  '```python',
  'model = nn.Sequential(nn.Embedding(10, 4), nn.GRU(4, 3), nn.Linear(3, 1))',
  '```',
  ':::',
  ''
]

describe('hover on a quiz or inline quantity naming a model read from code', () => {
  it('says which option is right and what each wrong one matches, then the table', () => {
    const hover = hovering([
      ...model,
      ':::rnn-quiz{model=lm ask=total answer=B}',
      'How many parameters?',
      '',
      '- 124',
      '- 125',
      '- 250',
      ':::',
      ''
    ])
    const quiz = hover('How many')
    expect(quiz).toMatch(/^\*\*Answer B\*\* \(125\): `total` of this PyTorch model is 125\.\n\n/)
    expect(quiz).toContain('- ✗ A: 124 (the bias of a Dense/Linear layer forgotten)')
    expect(quiz).toContain('- ✓ B: 125')
    expect(quiz).toContain('- ✗ C: 250\n')
    expect(quiz).toContain('**125 parameters** (PyTorch model)')
    expect(quiz).toContain('weight_ih_l0')
  })

  it('says so when no option is right or the key points at a wrong one, even though the build stops', () => {
    const none = hovering([
      ...model,
      ':::rnn-quiz{model=lm ask=1 answer=A}',
      '- 80',
      '- 82',
      ':::',
      ''
    ])
    expect(none(':::rnn-quiz')).toMatch(
      /^\*\*No option is right\*\*: `1` of this PyTorch model is 81\./
    )
    const wrong = hovering([
      ...model,
      ':::rnn-quiz{model=lm ask="total trainable" answer=A}',
      '- 124, 124',
      '- 125, 125',
      ':::',
      ''
    ])
    expect(wrong(':::rnn-quiz')).toMatch(
      /^\*\*Answer B\*\* \(125, 125\): `total`, `trainable` of this PyTorch model is 125, 125\. The key says A\./
    )
    const unkeyed = hovering([...model, ':::rnn-quiz{model=lm ask=2}', '- 3', '- 4', ':::', ''])
    expect(unkeyed(':::rnn-quiz')).toMatch(
      /^\*\*Answer B\*\* \(4\): `2` of this PyTorch model is 4\.\n/
    )
    const unreadable = hovering([
      ...model,
      ':::rnn-quiz{model=lm ask=2 answer=A}',
      '- many',
      ':::',
      ''
    ])
    expect(unreadable(':::rnn-quiz')).toMatch(
      /^\*\*Answer: 4\*\* \(`2` of this PyTorch model\)\.\n\n\*\*125/
    )
  })

  it('gives a generated quiz’s and a number question’s answer', () => {
    const hover = hovering([
      ...model,
      '::rnn-quiz{model=lm ask=trainable}',
      '',
      '::rnn-quiz[How many?]{model=lm ask=0 type=number}',
      ''
    ])
    expect(hover('::rnn-quiz{model=lm ask=trainable')).toMatch(
      /^\*\*Answer: 125\*\* \(`trainable` of this PyTorch model\)\.\n\nNo options listed: they are generated\.\n\n\*\*125 parameters\*\*/
    )
    expect(hover('::rnn-quiz[How')).toMatch(
      /^\*\*Answer: 40\*\* \(`0` of this PyTorch model\)\.\n\n\*\*125 parameters\*\*/
    )
  })

  it('checks the number an inline quantity states', () => {
    const hover = hovering([
      ...model,
      'Right :rnn[total=125]{model=lm}, wrong :rnn[1=80]{model=lm}, none :rnn[2]{model=lm}.',
      ''
    ])
    expect(hover(':rnn[total=125]')).toBe('**125** (total, PyTorch); the stated number is right.')
    expect(hover(':rnn[1=80]')).toBe('**81** (1, PyTorch); the text states 80, which is wrong.')
    expect(hover(':rnn[2]')).toBe('**4** (2, PyTorch)')
  })
})
