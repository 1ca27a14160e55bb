// The views list a network's terms as `breakdown.terms` has them, and show
// part subtotals under them: that holds only while the terms already come
// part by part, in the order of the part sums.
import {expect, it} from 'vitest'
import {countParameters} from '../../src/core/index.js'
import {groupedByPart, partSums} from '../../src/render/part-sums.js'
import {randomNewNetworks} from '../helpers/random-new-networks.js'

it('keeps every network’s terms part by part, in the order of its part sums', () => {
  let grouped = 0
  for (const framework of ['keras', 'pytorch'] as const)
    for (const description of randomNewNetworks(framework, 1500, 7)) {
      const breakdown = countParameters(description)
      if (!groupedByPart(breakdown)) continue
      grouped++
      expect(partSums(breakdown).flatMap((sum) => sum.terms)).toEqual(breakdown.terms)
    }
  expect(grouped).toBeGreaterThan(500)
})
