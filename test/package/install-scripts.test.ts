import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'

// npm 11 lists, after every install, the dependencies whose install scripts
// nobody reviewed (and a later npm blocks them). Each one the lock file
// holds has its decision in package.json's `allowScripts`, so `npm ci`
// prints no such list to a newcomer.

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))

it('decides on the install script of every locked dependency that has one', () => {
  const lock = json('../../package-lock.json') as {
    packages: Record<string, {hasInstallScript?: boolean}>
  }
  const {allowScripts} = json('../../package.json') as {allowScripts?: Record<string, boolean>}
  const scripted = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  expect(scripted.length).toBeGreaterThan(0)
  expect(scripted.filter((name) => typeof allowScripts?.[name] !== 'boolean')).toEqual([])
})
