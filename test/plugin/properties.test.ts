import fc from 'fast-check'
import {describe, it} from 'vitest'
import * as api from '../../src/index.js'
// @ts-expect-error: plain JS shared with the fuzz script.
import {properties} from '../fuzz/properties.js'

// Bounded here; `npm run fuzz` runs the same properties for 100,000+ cases.
describe('properties (fast-check)', () => {
  const all = properties(api) as Record<string, fc.IProperty<unknown[]>>
  for (const [name, property] of Object.entries(all)) {
    it(name, () => {
      fc.assert(property, {numRuns: 150, seed: 20261124})
    })
  }
})
