import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {selfCheckScript} from '../../scripts/self-check-script.js'

// The public API is a list (src/index.ts), not whatever the core happens to
// export: these tests fail when a name is added or lost without the README.
// They import the built package by its own name, as a user does.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const apiSection = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## CLI\n'))

it('exposes the public API of remark-rnn', async () => {
  expect(Object.keys(await import('remark-rnn')).sort()).toEqual([
    'DescriptionError',
    'analyseDescription',
    'countParameters',
    'default',
    'judgeOptions',
    'readModelCode',
    'recogniseMistakes',
    'validateDescription'
  ])
})

it('exposes the MyST plugin from remark-rnn/myst', async () => {
  expect(Object.keys(await import('remark-rnn/myst')).sort()).toEqual(['default', 'rnnMystPlugin'])
})

it('documents every export in the README API section', async () => {
  const names = [
    ...Object.keys(await import('remark-rnn')),
    ...Object.keys(await import('remark-rnn/myst'))
  ].filter((name) => name !== 'default')
  expect(names.filter((name) => !apiSection.includes(`\`${name}`))).toEqual([])
})

it('ships the self-check script at remark-rnn/self-check, a file a page or a bundler loads', () => {
  const path = fileURLToPath(import.meta.resolve('remark-rnn/self-check'))
  expect(path.endsWith('dist/self-check.js')).toBe(true)
  expect(readFileSync(path, 'utf8')).toBe(selfCheckScript())
})
