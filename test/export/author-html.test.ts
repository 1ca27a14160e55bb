import type {Element} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {safeAuthorElement} from '../../src/export/author-html.js'

const text = {type: 'text', value: 'inside'} as const
const element = (tagName: string, properties: Element['properties']): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [text]
})

describe('one author element made safe', () => {
  it('keeps an allowed element with its safe attributes and its children', () => {
    expect(
      safeAuthorElement(
        element('td', {className: ['note', 'rnn-quiz'], onClick: 'x()', id: 'a', hidden: true})
      )
    ).toEqual([h('td', {className: ['note'], id: 'user-content-a', hidden: true}, 'inside')])
  })

  it('unwraps an element it does not allow, and drops script and style with their content', () => {
    expect(safeAuthorElement(element('iframe', {srcDoc: '<script>x()</script>'}))).toEqual([text])
    expect(safeAuthorElement(element('script', {src: 'data:,x()'}))).toEqual([])
    expect(safeAuthorElement(element('style', {}))).toEqual([])
  })

  it('drops a URL whose scheme could run, keeps http(s), mailto and relative ones', () => {
    const href = (url: string) =>
      (safeAuthorElement(element('a', {href: url}))[0] as Element).properties.href
    expect(
      ['javascript:x()', ' JAVASCRIPT:x()', 'vbscript:x', 'data:text/html,x'].map(href)
    ).toEqual([undefined, undefined, undefined, undefined])
    expect(safeAuthorElement(element('a', {action: 'javascript:x()'}))[0]).toEqual(h('a', 'inside'))
    expect(['https://a.org', 'mailto:a@b.org', 'page.md#x', '#top'].map(href)).toEqual([
      'https://a.org',
      'mailto:a@b.org',
      'page.md#x',
      '#top'
    ])
  })
})
