import {describe, expect, it} from 'vitest'
import {analyseDescription, countParameters, DescriptionError} from '../../src/index.js'

describe('exact counts', () => {
  it('stays exact just below Number.MAX_SAFE_INTEGER', () => {
    // 4·(n·h + h·h + h) with h = 10^7 and n = 10^7 is 8.0000004e14 per layer.
    const units = Array.from({length: 10}, () => 10_000_000)
    const breakdown = countParameters({inputs: 10_000_000, units, cell: 'lstm'})
    const perLayer = 4n * (10n ** 14n + 10n ** 14n + 10n ** 7n)
    expect(BigInt(breakdown.total)).toBe(perLayer * 10n)
    expect(Number.isSafeInteger(breakdown.total)).toBe(true)
  })

  it('refuses a total that a JavaScript number cannot hold exactly', () => {
    const units = Array.from({length: 100}, () => 10_000_000)
    const analysis = analyseDescription({
      inputs: 10_000_000,
      units,
      cell: 'lstm',
      bidirectional: true
    })
    expect(analysis.ok).toBe(false)
    if (!analysis.ok) {
      expect(analysis.problems[0]?.ruleId).toBe('too-many-parameters')
      const h = 10n ** 7n
      const first = 2n * 4n * (h * h + h * h + h)
      const later = 99n * 2n * 4n * (2n * h * h + h * h + h)
      expect(analysis.problems[0]?.message).toContain(String(first + later))
    }
  })

  it('throws a DescriptionError that lists every problem', () => {
    expect(() => countParameters({units: 0, cell: 'lstmm'})).toThrowError(DescriptionError)
    try {
      countParameters({units: 0, cell: 'lstmm'})
    } catch (error) {
      expect((error as DescriptionError).problems.map((problem) => problem.ruleId)).toEqual([
        'missing-attribute',
        'out-of-range',
        'invalid-choice'
      ])
    }
  })
})
