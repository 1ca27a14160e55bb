import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Options} from '../../src/index.js'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// Each folder under test/fixtures: input.md, optional options.json, and the
// expected output.md, output.html and messages.txt. `UPDATE=1 npm test`
// rewrites the expectations; review the diff before committing it.
const root = new URL('../fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

function expectFile(name: URL, actual: string) {
  if (update) writeFileSync(name, actual)
  expect(existsSync(name), `missing ${name.pathname}; run with UPDATE=1`).toBe(true)
  expect(actual).toBe(readFileSync(name, 'utf8'))
}

describe('fixtures', () => {
  const names = readdirSync(root).filter((name) => existsSync(new URL(`${name}/input.md`, root)))

  it('has fixtures to run', () => {
    expect(names.length).toBeGreaterThan(10)
  })

  for (const name of names) {
    it(name, async () => {
      const folder = new URL(`${name}/`, root)
      const input = readFileSync(new URL('input.md', folder), 'utf8')
      const optionsFile = new URL('options.json', folder)
      const options = existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options)
        : undefined

      const markdown = await toMarkdown(input, options)
      const html = await toPlainHtml(input, options)
      expectFile(new URL('output.md', folder), markdown.output)
      expectFile(new URL('output.html', folder), html.output)
      expectFile(new URL('messages.txt', folder), messageLines(html.file) + '\n')
      // Both pipelines see the same problems.
      expect(messageLines(markdown.file)).toBe(messageLines(html.file))
    })
  }
})
