import {describe, expect, it} from 'vitest'
import {
  completionPlace,
  openingAttributes,
  writtenAttributes
} from '../../src/lsp/completion-place.js'

describe('where the cursor is in a directive', () => {
  it.each([
    [':::rnn{', '', {kind: 'name', quiz: false, written: new Set()}],
    [':::rnn-quiz{inputs=4 ', '', {kind: 'name', quiz: true, written: new Set(['inputs'])}],
    ['::rnn<inputs=4 ce', '', {kind: 'name', quiz: false, written: new Set(['inputs', 'ce'])}],
    [':rnn[total]{cell=', '}', {kind: 'value', quiz: false, name: 'cell', prefix: ''}],
    ['::rnn{cell=ls', '', {kind: 'value', quiz: false, name: 'cell', prefix: 'ls'}],
    ['::rnn{show="table,de', '', {kind: 'value', quiz: false, name: 'show', prefix: 'de'}],
    [
      'It has :rnn[to',
      ']{inputs=4 units="5"}',
      {kind: 'label', attributes: {inputs: '4', units: '5'}}
    ],
    ['It has :rnn[', '', {kind: 'label', attributes: {}}]
  ])('%j', (before, after, place) => {
    expect(completionPlace(before, after)).toEqual(place)
  })

  it.each([
    ['Prose only'],
    ['::rnn{inputs=4} and after'],
    ['::rnn{units="5 '],
    ['::rnn{inputs=4 units=5}']
  ])('%j: no place', (before) => {
    expect(completionPlace(before, '')).toBeUndefined()
  })

  it('reads the attributes written, quoted or not, and those of a line’s opening', () => {
    expect(writtenAttributes(`inputs=4 units="8,4" cell='gru' bidirectional`)).toEqual({
      inputs: '4',
      units: '8,4',
      cell: 'gru',
      bidirectional: ''
    })
    expect(openingAttributes(':::rnn-quiz{inputs=4 ask=total}')).toEqual({
      inputs: '4',
      ask: 'total'
    })
    expect(openingAttributes('no directive')).toEqual({})
  })
})
