import type {Code} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {isModelCode, readCodeContent} from '../../src/directives/code-content.js'

// A `:::rnn` directive's Python block: read, and its problems placed at the
// code's own text in the page.

const page = [
  '# A lesson',
  '',
  '```python',
  'import torch.nn as nn',
  'model = nn.Sequential(',
  '    nn.Embedding(len(vocab), 8),',
  '    nn.Transformer(8),',
  ')',
  '```',
  ''
].join('\n')

const block = () =>
  fromMarkdown(page).children.find((node): node is Code => node.type === 'code') as Code

describe('model code as a directive’s content', () => {
  it('knows a Python block', () => {
    expect(isModelCode(block())).toBe(true)
    expect(isModelCode({value: '', lang: 'js'})).toBe(false)
    expect(isModelCode({value: ''})).toBe(false)
  })

  it('places a problem at the code’s text in the page', () => {
    const reading = readCodeContent(block(), {})
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    const [problem] = reading.problems
    expect(problem?.place).toEqual({start: {line: 6, column: 18}, end: {line: 6, column: 28}})
    const lines = page.split('\n')
    expect(lines[5]?.slice(17, 27)).toBe('len(vocab)')
  })

  it('counts with sizes and model, and refuses sizes it cannot read', () => {
    const fixed = {
      value: 'import torch.nn as nn\nnet = nn.Embedding(len(vocab), 8)\n',
      lang: 'python'
    }
    const reading = readCodeContent(fixed, {sizes: 'len(vocab)=10', model: 'net'})
    expect(reading.ok && reading.breakdown.total).toBe(80)
    const bad = readCodeContent(fixed, {sizes: 'vocab'})
    expect(bad.ok ? '' : bad.problems[0]?.message).toContain('not `vocab`')
    const unplaced = readCodeContent(fixed, {})
    expect(unplaced.ok ? 'ok' : unplaced.problems[0]?.place).toBeUndefined()
  })
})
