import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {MystNode} from '../../src/myst/types.js'

// The MyST adapter's note keeps the key off a page with hidden or folded
// solutions, as the remark plugin's does.

const text = (node: MystNode): string =>
  node.value ?? (node.children ?? []).map((child) => text(child)).join('')

function brokenNote(solutions: 'show' | 'hide' | 'collapse', kind: 'rnn' | 'rnn-quiz'): string {
  const plugin = rnnMystPlugin({solutions, strict: false})
  const [rnn, quiz] = plugin.directives
  const option = (name: string, value: string): MystNode => ({type: 'mystOption', name, value})
  const position = {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  const options =
    kind === 'rnn-quiz'
      ? [option('inputs', '3'), option('units', '4'), option('ask', 'total'), option('answer', 'A')]
      : [option('inputs', '3'), option('units', '4'), option('answer', 'A')]
  const list: MystNode = {
    type: 'list',
    children: ['31', '32'].map((value) => ({
      type: 'listItem',
      children: [{type: 'paragraph', children: [{type: 'text', value}]}]
    }))
  }
  const spec = kind === 'rnn' ? rnn : quiz
  const nodes = spec!.run(
    {name: kind, node: {type: 'mystDirective', position, children: options}, body: [list]},
    new VFile({path: `hidden-${Math.random()}.md`})
  )
  return nodes
    .filter((node) => node.type === 'list' && node.class === 'rnn-problem-note')
    .map(text)
    .join('\n')
}

describe('a broken quiz’s note in MyST', () => {
  it.each(['hide', 'collapse'] as const)('says what is wrong, not the answer (%s)', (mode) => {
    const note = brokenNote(mode, 'rnn-quiz')
    expect(note).toContain('The key, option A, is not the right answer')
    expect(note).not.toContain('Answer B')
  })

  it('says the answer where solutions are shown', () => {
    expect(brokenNote('show', 'rnn-quiz')).toContain('Answer B, not A')
  })

  it('leaves a note without an answer as it is', () => {
    expect(brokenNote('hide', 'rnn')).toContain('answer belongs to quizzes')
  })
})

describe('a MyST page with an error', () => {
  it('stops the build by default, once the page is checked, every error listed', async () => {
    const plugin = rnnMystPlugin()
    const [, quiz] = plugin.directives
    const option = (name: string, value: string): MystNode => ({type: 'mystOption', name, value})
    const file = new VFile({path: 'wrong.md'})
    const position = {start: {line: 3, column: 1}, end: {line: 3, column: 1}}
    const node: MystNode = {
      type: 'mystDirective',
      position,
      children: [
        option('inputs', '3'),
        option('units', '4'),
        option('ask', 'total'),
        option('answer', 'A')
      ]
    }
    const list: MystNode = {
      type: 'list',
      children: ['31', '32'].map((value) => ({
        type: 'listItem',
        children: [{type: 'paragraph', children: [{type: 'text', value}]}]
      }))
    }
    const children = quiz!.run({name: 'rnn-quiz', node, body: [list]}, file)
    await expect(plugin.transforms[0]!.plugin()({type: 'root', children}, file)).rejects.toThrow(
      /^remark-rnn: wrong\.md has an error, so the build stops[\s\S]*Answer B, not A[\s\S]*\[wrong-key\]$/
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual(['wrong-key'])
  })
})
