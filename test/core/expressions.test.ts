import {describe, expect, it} from 'vitest'
import {evaluateExpression, mistakeExplanation, parseExpression} from '../../src/core/index.js'

describe('placeholder expressions', () => {
  it.each(['', '   ', 'n $ h', '2 # 3', '3 3'])('%j is no expression', (text) => {
    expect(parseExpression(text)).toBeUndefined()
  })

  it('ignores spaces around and inside', () => {
    const expression = parseExpression('  n * (h + 1)   ')
    expect(
      expression &&
        evaluateExpression(
          expression,
          new Map([
            ['n', 3],
            ['h', 4]
          ])
        )
    ).toBe(15)
  })
})

describe('mistake explanations', () => {
  it('explain a known mistake in English and an unknown id as itself', () => {
    expect(mistakeExplanation('order-swapped')).toBe('the right numbers in the wrong order')
    expect(mistakeExplanation('no-such-mistake' as never)).toBe('no-such-mistake')
  })
})
