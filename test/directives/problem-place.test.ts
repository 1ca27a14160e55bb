import type {Node, Position} from 'unist'
import {describe, expect, it} from 'vitest'
import type {DirectivePlaces} from '../../src/directives/places.js'
import {placeProblem} from '../../src/directives/problem-place.js'
import type {Problem} from '../../src/directives/report.js'

// placeProblem without a parser: a directive whose adapter recorded places,
// and the fallbacks where the text at fault is not exactly known.

const at = (start: number, end: number, line = 1): Position => ({
  start: {line, column: start + 1, offset: start},
  end: {line, column: end + 1, offset: end}
})

//          0         1         2         3
//          0123456789012345678901234567890123456
const line = '::rnn{inputs=4 units="4,,5" unit=5}'
const places: DirectivePlaces = {
  attributes: [
    {name: 'inputs', nameAt: at(6, 12), attributeAt: at(6, 14), valueAt: at(13, 14), raw: '4'},
    {name: 'units', nameAt: at(15, 20), attributeAt: at(15, 27), valueAt: at(22, 26), raw: '4,,5'},
    {name: 'unit', nameAt: at(28, 32), attributeAt: at(28, 34), valueAt: at(33, 34), raw: '5'},
    {name: 'bidirectional', nameAt: at(40, 53), attributeAt: at(40, 53)},
    {
      name: 'resetAfter',
      nameAt: at(60, 70),
      attributeAt: at(60, 75),
      valueAt: at(71, 75),
      raw: 'x'
    },
    {name: 'seed', nameAt: at(80, 84), attributeAt: at(80, 86), approximate: true}
  ],
  label: {at: at(90, 98), raw: 'total=68'}
}
const directive: Node = {type: 'leafDirective', position: at(0, 35), data: {rnnPlaces: places}}

const problem = (extra: Partial<Problem>): Problem => ({
  ruleId: 'unknown-attribute',
  reason: 'x',
  node: directive,
  expected: ['fix'],
  ...extra
})

const sliced = (place: Position | undefined) =>
  place ? line.slice(place.start.offset, place.end.offset) : undefined

describe('placeProblem', () => {
  it('puts a name, a value, an entry of a value and a whole attribute at their text, with the fix', () => {
    const name = placeProblem(problem({at: {attribute: 'unit', part: 'name'}}))
    expect([sliced(name.place), name.expected]).toEqual(['unit', ['fix']])
    const value = placeProblem(problem({at: {attribute: 'inputs', part: 'value'}}))
    expect(sliced(value.place)).toBe('4')
    const entry = placeProblem(
      problem({at: {attribute: 'units', part: 'value', span: [2, 2], read: '4,,5'}})
    )
    expect([entry.place?.start.offset, entry.place?.end.offset, entry.expected]).toEqual([
      24,
      24,
      ['fix']
    ])
    const whole = placeProblem(problem({at: {attribute: 'units', part: 'attribute'}}))
    expect(sliced(whole.place)).toBe('units="4,,5"')
  })

  it('widens to the value, without a fix, when the span is in a value read differently', () => {
    const drawn = placeProblem(
      problem({at: {attribute: 'units', part: 'value', span: [0, 1], read: '6,,5'}})
    )
    expect([sliced(drawn.place), drawn.expected]).toEqual(['4,,5', undefined])
    const unread = placeProblem(problem({at: {attribute: 'units', part: 'value', span: [0, 1]}}))
    expect(unread.expected).toBeUndefined()
  })

  it('points at a bare name for its value, without a fix', () => {
    const bare = placeProblem(problem({at: {attribute: 'bidirectional', part: 'value'}}))
    expect([bare.place, bare.expected]).toEqual([at(40, 53), undefined])
  })

  it('finds a camel-case spelling under its kebab-case name', () => {
    const camel = placeProblem(problem({at: {attribute: 'reset-after', part: 'value'}}))
    expect(camel.place).toEqual(at(71, 75))
  })

  it('keeps only the line of an approximate place, without a fix', () => {
    const rough = placeProblem(problem({at: {attribute: 'seed', part: 'name'}}))
    expect([rough.place, rough.expected]).toEqual([at(80, 86), undefined])
  })

  it('picks the n-th writing of a name, and falls back to the node for one not written', () => {
    const second = placeProblem(problem({at: {attribute: 'inputs', part: 'name', occurrence: 1}}))
    expect([second.place, second.expected]).toEqual([directive.position, undefined])
    const inherited = placeProblem(problem({at: {attribute: 'cell', part: 'value'}}))
    expect([inherited.place, inherited.expected]).toEqual([directive.position, undefined])
  })

  it('places a span of the label, or the whole label when it reads otherwise', () => {
    const stated = placeProblem(problem({at: {label: [6, 8], read: 'total=68'}}))
    expect([stated.place?.start.offset, stated.place?.end.offset, stated.expected]).toEqual([
      96,
      98,
      ['fix']
    ])
    const emphasised = placeProblem(problem({at: {label: [6, 8], read: 'total=6'}}))
    expect([emphasised.place, emphasised.expected]).toEqual([at(90, 98), undefined])
    const none = placeProblem(problem({node: {type: 'x'}, at: {label: [0, 1], read: 't'}}))
    expect(none).toEqual({place: undefined, expected: undefined})
  })

  it('places a span of a text node through the source, across lines, or the node when the source differs', () => {
    const source = 'Intro\nWith {inptus}\nand {n} more.\n'
    const text: Node = {
      type: 'text',
      position: {...at(6, 33), end: {line: 3, column: 14, offset: 33}}
    }
    const value = 'With {inptus}\nand {n} more.'
    const found = placeProblem(problem({node: text, at: {text: [5, 13], read: value}}), source)
    expect(found.place).toEqual({
      start: {line: 2, column: 6, offset: 11},
      end: {line: 2, column: 14, offset: 19}
    })
    expect(found.expected).toEqual(['fix'])
    const escaped = placeProblem(
      problem({node: text, at: {text: [5, 13], read: 'With {inptus}\nand {n} more!'}}),
      source
    )
    expect([escaped.place, escaped.expected]).toEqual([text.position, undefined])
    const sourceless = placeProblem(problem({node: text, at: {text: [5, 13], read: value}}))
    expect([sourceless.place, sourceless.expected]).toEqual([text.position, undefined])
  })

  it('slices a place without offsets by its columns, and a first-line text node', () => {
    const lineOnly = {start: {line: 2, column: 5}, end: {line: 2, column: 9}}
    const node: Node = {
      type: 'leafDirective',
      data: {rnnPlaces: {attributes: [], label: {at: lineOnly, raw: 'totl'}}}
    }
    const label = placeProblem(problem({node, at: {label: [1, 3], read: 'totl'}}))
    expect(label.place).toEqual({start: {line: 2, column: 6}, end: {line: 2, column: 8}})
    const text: Node = {type: 'text', position: at(0, 8)}
    const first = placeProblem(
      problem({node: text, at: {text: [2, 4], read: 'a {nn} b'}}),
      'a {nn} b'
    )
    expect(first.place).toEqual(at(2, 4))
  })

  it('uses a given place as it is, and drops a fix that only the node would carry', () => {
    const given = placeProblem(problem({place: at(1, 2)}))
    expect(given).toEqual({place: at(1, 2), expected: ['fix']})
    const nodeOnly = placeProblem(problem({}))
    expect(nodeOnly).toEqual({place: directive.position, expected: undefined})
  })
})
