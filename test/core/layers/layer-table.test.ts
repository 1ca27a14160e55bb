import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {layerTable} from '../../../src/core/layers/index.js'

it('docs/model-code.md lists the layers as the specs describe them', () => {
  const docs = readFileSync(new URL('../../../docs/model-code.md', import.meta.url), 'utf8')
  expect(docs).toContain(layerTable())
})
