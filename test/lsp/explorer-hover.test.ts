import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {hoverAt} from '../../src/lsp/hover.js'

describe('hovering an explorer', () => {
  it('shows its network’s worked table, `vary` being the explorer’s own', () => {
    const text = ':::rnn-explorer{inputs=4 units=5 outputs=3 vary="cell framework"}\nTry it.\n:::\n'
    const hover = hoverAt(analysePage(text, 'page.md', {}), 5)
    expect(JSON.stringify(hover?.contents)).toContain('68')
  })
})
