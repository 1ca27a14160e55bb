import {describe, expect, it} from 'vitest'
import {create} from 'xmlbuilder2'
import {appendHast} from '../../src/export/qti-parts.js'

describe('QTI XHTML content', () => {
  it('keeps element names and text, and of the properties only a non-empty class', () => {
    const root = create().ele('div')
    appendHast(root, [
      {
        type: 'element',
        tagName: 'span',
        properties: {className: ['katex', 'display'], id: 'x'},
        children: [{type: 'text', value: 'a < b'}]
      },
      {
        type: 'element',
        tagName: 'em',
        properties: {className: []},
        children: [{type: 'text', value: 'c'}]
      },
      {type: 'element', tagName: 'strong', properties: {}, children: []},
      {type: 'comment', value: 'dropped'}
    ])
    expect(root.end({headless: true})).toBe(
      '<div><span class="katex display">a &lt; b</span><em>c</em><strong/></div>'
    )
  })
})
