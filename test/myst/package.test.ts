import {readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {expect, it} from 'vitest'

const root = new URL('../../', import.meta.url)
const packageOf = (specifier: string) =>
  specifier
    .replace(/^node:/, '')
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

it('ships the MyST plugin as an .mjs module that imports runtime dependencies, and its optional peers only lazily', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
  expect(pkg.exports['./myst']).toEqual({
    types: './dist/myst/index.d.ts',
    default: './dist/myst.mjs'
  })
  expect(pkg.peerDependenciesMeta['hast-util-to-html']).toEqual({optional: true})
  expect(pkg.peerDependenciesMeta['mdast-util-to-hast']).toEqual({optional: true})
  // mystmd loads a plugin file only when its name ends in .mjs.
  const bundle = readFileSync(new URL('dist/myst.mjs', root), 'utf8')
  const imported = [...bundle.matchAll(/\bfrom\s*["']([^"'./][^"']*)["']/g)].map(([, specifier]) =>
    packageOf(specifier!)
  )
  const lazy = [...bundle.matchAll(/\bimport\s*\(\s*["']([^"'./][^"']*)["']/g)].map(
    ([, specifier]) => packageOf(specifier!)
  )
  const runtime = new Set([...Object.keys(pkg.dependencies), ...builtinModules])
  expect(imported.filter((name) => !runtime.has(name))).toEqual([])
  expect(lazy).toEqual(['hast-util-to-html', 'mdast-util-to-hast'])
})
