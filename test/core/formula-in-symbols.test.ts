import {describe, expect, it} from 'vitest'
import type {Breakdown} from '../../src/core/index.js'
import {countParameters, formulaInSymbols, quantityOf} from '../../src/core/index.js'
import {randomNetworks} from '../helpers/random-networks.js'

/** The formula's value with every symbol replaced by its size and every group name by its count. */
function evaluate(breakdown: Breakdown, formula: string): number {
  const sizes = new Map<string, number>()
  for (const term of breakdown.terms)
    for (const factor of term.formula.factors) sizes.set(factor.text, factor.value)
  const [, right = ''] = formula.split(' = ')
  return right
    .split(' + ')
    .map((product) =>
      product
        .split('·')
        .map((symbol) => sizes.get(symbol) ?? quantityOf(breakdown, symbol) ?? Number(symbol))
        .reduce((a, b) => a * b, 1)
    )
    .reduce((a, b) => a + b, 0)
}

describe('formulaInSymbols', () => {
  it('writes a simple RNN’s quantities in symbols only', () => {
    const rnn = countParameters({inputs: 3, units: 4, outputs: 2})
    expect(
      ['input', 'recurrent', 'rnn', 'total', 'output', 'recurrent-bias'].map((name) =>
        formulaInSymbols(rnn, name)
      )
    ).toEqual([
      'input = n·h',
      'recurrent = h·h + h',
      'rnn = input + recurrent',
      'total = input + recurrent + output',
      'output = h·o + o',
      'recurrent-bias = h'
    ])
    expect(formulaInSymbols(countParameters({inputs: 3, units: 8, outputs: '16,2'}), 'head')).toBe(
      'head = dense + output'
    )
  })

  it('gives every quantity’s count when its symbols are replaced by the sizes (random networks)', () => {
    for (const network of randomNetworks('keras', 60, 27)) {
      const breakdown = countParameters({...network, outputs: network.outputs})
      for (const name of ['input', 'recurrent', 'rnn', 'output', 'head', 'total']) {
        const formula = formulaInSymbols(breakdown, name)
        expect(evaluate(breakdown, formula), formula).toBe(quantityOf(breakdown, name))
        // No size is written as a number: digits only as a multiplier (gates, directions).
        if (!formula.endsWith(' = 0')) expect(formula).not.toMatch(/\d(?!\d*·)/)
      }
    }
  })
})
