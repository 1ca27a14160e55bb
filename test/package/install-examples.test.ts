import {mkdirSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it} from 'vitest'
// @ts-expect-error: a plain script of `npm test`, without types.
import {exampleSites, needsInstall} from '../../scripts/install-examples.js'

// `npm test` installs a site's dependencies when they are missing or older
// than its lock, and only then (scripts/install-examples.js).

it('finds every example site with its own lock file, the ones added later too', () => {
  expect(exampleSites()).toEqual(expect.arrayContaining(['astro', 'docusaurus', 'jupyter-book']))
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-sites-'))
  for (const site of ['next', 'course']) mkdirSync(join(root, site))
  writeFileSync(join(root, 'next', 'package-lock.json'), '{}')
  expect(exampleSites(root)).toEqual(['next'])
})

it('installs a site that has no node_modules or an install older than its lock, and not otherwise', () => {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-sites-'))
  mkdirSync(join(root, 'next', 'node_modules'), {recursive: true})
  const lock = join(root, 'next', 'package-lock.json')
  const installed = join(root, 'next', 'node_modules', '.package-lock.json')
  writeFileSync(lock, '{}')
  expect(needsInstall('next', root)).toBe(true)
  writeFileSync(installed, '{}')
  utimesSync(lock, new Date(2026, 0, 1), new Date(2026, 0, 1))
  utimesSync(installed, new Date(2026, 0, 2), new Date(2026, 0, 2))
  expect(needsInstall('next', root)).toBe(false)
  // The lock changed after the install (a dependency was updated).
  utimesSync(lock, new Date(2026, 0, 3), new Date(2026, 0, 3))
  expect(needsInstall('next', root)).toBe(true)
})
