import {describe, expect, it} from 'vitest'
import {runsText, symbolRuns} from '../../src/render/diagram/symbol.js'
import {lineWidth, plain} from '../../src/render/diagram/text-metrics.js'

describe("symbolRuns: a term's LaTeX as text runs", () => {
  it.each([
    ['b', [{text: 'b', shift: 'base'}]],
    [
      'W_h',
      [
        {text: 'W', shift: 'base'},
        {text: 'h', shift: 'sub'}
      ]
    ],
    [
      'W_{x\\{i,f\\}}^{(2,\\rightarrow)}',
      [
        {text: 'W', shift: 'base'},
        {text: 'x{i,f}', shift: 'sub'},
        {text: '(2,→)', shift: 'sup'}
      ]
    ],
    [
      'b^{\\leftarrow}',
      [
        {text: 'b', shift: 'base'},
        {text: '←', shift: 'sup'}
      ]
    ],
    // Unfinished LaTeX keeps what there is rather than failing.
    [
      'W_{xh',
      [
        {text: 'W', shift: 'base'},
        {text: 'xh', shift: 'sub'}
      ]
    ],
    [
      'W_',
      [
        {text: 'W', shift: 'base'},
        {text: '', shift: 'sub'}
      ]
    ]
  ])('%s', (latex, runs) => {
    expect(symbolRuns(latex)).toEqual(runs)
  })

  it('reads back as plain text for sentences', () => {
    expect(runsText(symbolRuns('W_{xh}^{(2,\\rightarrow)}'))).toBe('W_xh^(2,→)')
  })
})

describe('text widths', () => {
  it('measure characters beyond the table of Latin, Greek and maths, as wide as their class', () => {
    // U+4E2D and U+4E8C: beyond the advance table, measured by class each time.
    expect(lineWidth(plain('中二'))).toBeGreaterThan(0)
    expect(lineWidth(plain('中二'))).toBe(lineWidth(plain('二中')))
    expect(lineWidth(plain('中中'))).toBe(2 * lineWidth(plain('中')))
  })
})
