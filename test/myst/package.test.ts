import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'

const root = new URL('../../', import.meta.url)

it('ships the MyST plugin as one .mjs module whose imports are all runtime dependencies', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
  expect(pkg.exports['./myst']).toEqual({types: './dist/myst/index.d.ts', default: './dist/myst.mjs'})
  // mystmd loads a plugin file only when its name ends in .mjs.
  const bundle = readFileSync(new URL('dist/myst.mjs', root), 'utf8')
  const imports = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!)
  expect(imports.length).toBeGreaterThan(0)
  for (const specifier of imports) {
    const name = specifier.startsWith('node:') ? undefined : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
    if (name) expect(Object.keys(pkg.dependencies), specifier).toContain(name)
  }
})
