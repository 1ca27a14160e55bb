import type {ListItem, RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {readOptions} from '../../src/directives/quiz-options.js'

// Option items as remark and MyST give them: remark wraps an item's text in a
// paragraph; MyST keeps a tight item's phrasing bare.
const list = (...items: RootContent[][]): {children: RootContent[]} => ({
  children: [
    {
      type: 'list',
      children: items.map(
        (children): ListItem => ({type: 'listItem', children: children as ListItem['children']})
      )
    }
  ]
})

describe('quiz option items', () => {
  it('are read from their first paragraph, or from bare phrasing', () => {
    const strong: RootContent = {type: 'strong', children: [{type: 'text', value: '20'}]}
    const note: RootContent = {type: 'code', value: 'an explanation'}
    const reading = readOptions(
      list(
        [{type: 'paragraph', children: [{type: 'text', value: '12'}]}, note],
        [{type: 'text', value: 'about '}, strong]
      ),
      1
    )
    expect(reading.ok && reading.options).toEqual([
      {content: {first: [{type: 'text', value: '12'}], rest: [note]}, values: [12]},
      {content: {first: [{type: 'text', value: 'about '}, strong], rest: []}, values: [20]}
    ])
  })

  it('an empty item, or one without a first paragraph, is a problem at that item', () => {
    const reading = readOptions(
      list(
        [{type: 'paragraph', children: [{type: 'text', value: '12'}]}],
        [],
        [{type: 'code', value: '32'}]
      ),
      1
    )
    expect(
      !reading.ok && reading.problems.map((problem) => [problem.ruleId, problem.reason])
    ).toEqual([
      ['unreadable-option', 'Option B: this option is empty.'],
      [
        'unreadable-option',
        'Option C: this option has no first paragraph to read its numbers from.'
      ]
    ])
  })
})
