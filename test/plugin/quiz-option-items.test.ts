import type {ListItem, RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {readOptions} from '../../src/directives/quiz-options.js'

// Option items as remark and MyST give them: remark wraps an item's text in a
// paragraph; MyST keeps a tight item's phrasing bare; anything else is read as text.
const list = (...items: RootContent[][]): {children: RootContent[]} => ({
  children: [{type: 'list', children: items.map((children): ListItem => ({type: 'listItem', children: children as ListItem['children']}))}]
})

describe('quiz option items', () => {
  it('keep their phrasing, with or without a paragraph; other content becomes its text', () => {
    const reading = readOptions(
      list(
        [{type: 'paragraph', children: [{type: 'text', value: '12'}]}],
        [{type: 'text', value: 'about '}, {type: 'strong', children: [{type: 'text', value: '20'}]}],
        [{type: 'code', value: '32'}]
      ),
      1
    )
    expect(reading.ok && reading.options).toEqual([
      {content: [{type: 'text', value: '12'}], values: [12]},
      {content: [{type: 'text', value: 'about '}, {type: 'strong', children: [{type: 'text', value: '20'}]}], values: [20]},
      {content: [{type: 'text', value: '32'}], values: [32]}
    ])
  })

  it('an empty item is a problem at that item', () => {
    const reading = readOptions(list([{type: 'paragraph', children: [{type: 'text', value: '12'}]}], []), 1)
    expect(!reading.ok && reading.problems.map((problem) => [problem.ruleId, problem.reason])).toEqual([['unreadable-option', 'Option B: this option is empty.']])
  })
})
