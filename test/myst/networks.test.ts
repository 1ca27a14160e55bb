import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {MystNode} from '../../src/myst/types.js'

// The new vocabulary as MyST options (`:outputs: 64,1`, `:merge: sum`,
// `:decoder-inputs: 3`): the same names, read and checked by the shared layer.

const at = {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
const directive = (pairs: Array<[string, string]>): MystNode => ({
  type: 'mystDirective',
  position: at,
  children: pairs.map(([name, value]): MystNode => ({type: 'mystOption', name, value}))
})

describe('MyST options of the new shapes', () => {
  const plugin = rnnMystPlugin()
  const [rnn, quiz] = plugin.directives

  it('declares merge and the decoder options on both directives', () => {
    for (const spec of [rnn, quiz]) {
      expect(Object.keys(spec?.options ?? {})).toEqual(
        expect.arrayContaining([
          'outputs',
          'merge',
          'decoder-inputs',
          'decoder-units',
          'decoder-vocab'
        ])
      )
    }
  })

  it('counts an encoder–decoder with a dense head', () => {
    const node = directive([
      ['inputs', '4'],
      ['units', '5'],
      ['bidirectional', 'true'],
      ['merge', 'sum'],
      ['decoder-inputs', '3'],
      ['outputs', '7,2']
    ])
    const file = new VFile({path: `networks-${Math.random()}.md`})
    const output = JSON.stringify(rnn?.run({name: 'rnn', node, body: undefined as never}, file))
    // Encoder 2·(4·5 + 5·5 + 5) = 100, decoder 3·10 + 10·10 + 10 = 140, head 10·7 + 7 + 7·2 + 2 = 93.
    expect(output).toContain('333')
  })

  it('reports a hand-over mismatch with its ruleId', () => {
    const node = directive([
      ['inputs', '4'],
      ['units', '5'],
      ['decoder-inputs', '3'],
      ['decoder-units', '6']
    ])
    const file = new VFile({path: `networks-${Math.random()}.md`})
    const output = JSON.stringify(rnn?.run({name: 'rnn', node, body: undefined as never}, file))
    expect(output).toContain('mismatched-state')
  })
})
