import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'

// Every option says its default the same way: a `@default` tag in its doc
// comment (what editors show on hover), and docs/api.md's Options table has a
// row for each, so neither can drift from the other.

const source = readFileSync(new URL('../../src/directives/options.ts', import.meta.url), 'utf8')
const api = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')

const body = source.slice(
  source.indexOf('export interface Options {'),
  source.indexOf('\n}\n', source.indexOf('export interface Options {'))
)
const fields = [...body.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*readonly (\w+)\?:/g)].map(
  ([, comment, name]) => ({name: name!, comment: comment!})
)

it('gives every option a @default tag', () => {
  expect(fields.map((field) => field.name)).toEqual([
    'framework',
    'show',
    'solutions',
    'locale',
    'strings',
    'thousandsSeparator',
    'strict',
    'seed',
    'variants'
  ])
  expect(fields.filter((field) => !/@default \S/.test(field.comment)).map((f) => f.name)).toEqual(
    []
  )
})

it('lists every option in the Options table of docs/api.md', () => {
  const table = api.slice(api.indexOf('### `Options`'), api.indexOf('Wrong options throw'))
  const rows = [...table.matchAll(/^\| `(\w+)` \|/gm)].map(([, name]) => name)
  expect(rows).toEqual(fields.map((field) => field.name))
})
