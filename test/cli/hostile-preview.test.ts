import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, it} from 'vitest'
import {pageProcessor} from '../../src/cli/pipelines.js'
// @ts-expect-error: plain JS shared with the fuzz scripts.
import {previewProperties} from '../fuzz/hostile-preview.js'

async function render(source: string): Promise<string> {
  const file = new VFile({value: source, path: 'page.mdx'})
  return String(await pageProcessor(file, {}).process(file))
}

// Bounded here; `npm run fuzz` runs the same properties for thousands of cases (FUZZ_RUNS).
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 60)

describe('the .mdx preview of hostile JSX (fast-check)', () => {
  const all = previewProperties(render) as Record<string, fc.IAsyncProperty<unknown[]>>
  for (const [name, property] of Object.entries(all)) {
    it(name, async () => {
      await fc.assert(property, {numRuns: fuzzRuns, seed: 20261207})
    })
  }
})
