import {mkdirSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it, vi} from 'vitest'
// @ts-expect-error: a plain script of `npm test`, without types.
import {exampleSites, installSites, needsInstall} from '../../scripts/install-examples.js'

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

it('installs only the sites that need it, and names those whose install failed', () => {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-sites-'))
  for (const site of ['astro', 'next', 'course']) mkdirSync(join(root, site))
  for (const site of ['astro', 'next']) writeFileSync(join(root, site, 'package-lock.json'), '{}')
  // astro is current: installed after its lock was written.
  mkdirSync(join(root, 'astro', 'node_modules'))
  writeFileSync(join(root, 'astro', 'node_modules', '.package-lock.json'), '{}')
  utimesSync(join(root, 'astro', 'package-lock.json'), new Date(2026, 0, 1), new Date(2026, 0, 1))
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  const installed: string[] = []
  const failed = installSites(root, (folder: string) => {
    installed.push(folder)
    return false
  })
  vi.restoreAllMocks()
  expect(installed).toEqual([join(root, 'next')])
  expect(failed).toEqual(['next'])
})
