import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
// @ts-expect-error: a plain script of `npm test`, without types.
import {exampleSites} from '../../scripts/install-examples.js'

// npm 11 lists, after every install, the dependencies whose install scripts
// nobody reviewed (and a later npm blocks them). Each one a lock file holds
// has its decision in the `allowScripts` of the package.json next to it, so
// `npm ci` prints no such list to a newcomer: the root's, and each example
// site's (scripts/install-examples.js runs `npm ci` in them).

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))

/** The packages of a lock file that have an install script, and those its package.json decides nothing on. */
function undecided(folder: string): {scripted: string[]; undecided: string[]} {
  const lock = json(`${folder}package-lock.json`) as {
    packages: Record<string, {hasInstallScript?: boolean}>
  }
  const {allowScripts} = json(`${folder}package.json`) as {allowScripts?: Record<string, boolean>}
  const scripted = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  return {scripted, undecided: scripted.filter((name) => typeof allowScripts?.[name] !== 'boolean')}
}

it('decides on the install script of every locked dependency that has one', () => {
  const {scripted, undecided: left} = undecided('../../')
  expect(scripted.length).toBeGreaterThan(0)
  expect(left).toEqual([])
})

it('decides on them in every example site too (esbuild, sharp, core-js)', () => {
  const sites = exampleSites() as string[]
  const found = sites.map((site) => ({site, ...undecided(`../../examples/${site}/`)}))
  expect(found.flatMap(({scripted}) => scripted)).toEqual(
    expect.arrayContaining(['esbuild', 'sharp', 'core-js'])
  )
  expect(found.filter((entry) => entry.undecided.length > 0)).toEqual([])
})
