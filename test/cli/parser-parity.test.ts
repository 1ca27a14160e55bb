import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

// `check` must read a page exactly as `render` (and a site build) does: the
// same parser setup (GFM, math, directives, the short form; MDX for .mdx),
// so a footnote, a table cell or `$…$` cannot pass one and fail the other.
const folder = fileURLToPath(new URL('../fixtures/parser-parity/', import.meta.url))
const clean = ['math.md', 'valid.md']
const out = mkdtempSync(join(tmpdir(), 'remark-rnn-parity-'))

/** The message lines of a vfile-reporter report, without the file name line and the summary. */
function messages(report: string): string[] {
  return report
    .split('\n')
    .filter((line) => /^\s*\d+:\d+/.test(line))
    .map((line) => line.trim().replace(/\s+/g, ' '))
}

describe.each(cliRunners)('check and render read a page alike (%s)', (_runner, run) => {
  const names = readdirSync(folder).sort()

  it('has pages with and without problems', async () => {
    expect(names.length).toBeGreaterThanOrEqual(6)
  })

  for (const name of names) {
    it(name, async () => {
      const checked = await run(['check', name], folder)
      const rendered = await run(
        ['render', name, '-o', join(out, name.replace(/\.mdx?$/, '.html'))],
        folder
      )
      expect(rendered.stderr).not.toMatch(/\n\s+at /)
      expect(messages(checked.stderr)).toEqual(messages(rendered.stderr))
      expect(checked.status).toBe(rendered.status)
      // Pages without problems pass both; the others fail both, with the same messages.
      expect(messages(checked.stderr).length > 0).toBe(!clean.includes(name))
    })
  }
})
