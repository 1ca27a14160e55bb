import {describe, expect, it} from 'vitest'
import {appendHast} from '../../src/export/qti-parts.js'
import {xmlDocument} from '../../src/export/xml-element.js'

describe('QTI XHTML content', () => {
  it('keeps element names and text, and of the properties only a non-empty class', () => {
    const root = xmlDocument('div')
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
    expect(root.end()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<div><span class="katex display">a &#x3C; b</span><em>c</em><strong /></div>\n'
    )
  })
})
