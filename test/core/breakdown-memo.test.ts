import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/core/index.js'

describe('breakdowns worked out once', () => {
  it('gives the same network the same breakdown, equal to a fresh count, past the bound of the memo', () => {
    const first = countParameters({inputs: 4, units: [5], outputs: 3})
    expect(countParameters({inputs: 4, units: '5', outputs: 3})).toBe(first)
    // More distinct networks than the memo keeps: the first is counted afresh, and equal.
    for (let inputs = 1; inputs <= 4200; inputs++) countParameters({inputs, units: [2]})
    const again = countParameters({inputs: 4, units: [5], outputs: 3})
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    expect(again.total).toBe(68)
  })
})
