import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

it('the published types compile for a TypeScript user, options checked', () => {
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
  const project = fileURLToPath(new URL('types/tsconfig.json', import.meta.url))
  const result = spawnSync(process.execPath, [tsc, '-p', project], {encoding: 'utf8'})
  expect(result.stdout + result.stderr).toBe('')
  expect(result.status).toBe(0)
})
