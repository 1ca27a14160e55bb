import fc from 'fast-check'
import {describe, it} from 'vitest'
import * as core from '../../src/core/index.js'
import remarkRnn from '../../src/index.js'
import * as render from '../../src/render/index.js'
// @ts-expect-error: plain JS shared with the fuzz script.
import {properties} from '../fuzz/properties.js'

// Bounded here; `npm run fuzz` runs the same properties for 100,000+ cases.
describe('properties (fast-check)', () => {
  // The plugin and the core and render functions the properties check.
  const api = {...core, ...render, default: remarkRnn}
  const all = properties(api) as Record<string, fc.IProperty<unknown[]>>
  for (const [name, property] of Object.entries(all)) {
    it(name, () => {
      fc.assert(property, {numRuns: 150, seed: 20261124})
    })
  }
})
