import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const page = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8')
const walk = page.slice(page.indexOf('## The newcomer'))

describe('docs/architecture.md', () => {
  it('names files that exist, at most three for each term of the walk', () => {
    const rows = walk
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\| (Term|---) /.test(line))
    expect(rows).toHaveLength(10)
    for (const row of rows) {
      const files = [...row.matchAll(/`([a-z-]+(?:\/[a-z-]+)*\.ts)`/g)].map(
        ([, path]) => path ?? ''
      )
      expect(files.length).toBeGreaterThan(0)
      expect(files.length).toBeLessThanOrEqual(3)
      for (const file of files)
        expect([file, existsSync(new URL(`../../src/${file}`, import.meta.url))]).toEqual([
          file,
          true
        ])
    }
  })

  it('names every folder of src/ in its table', () => {
    for (const line of page.split('\n').filter((row) => row.startsWith('| `src/'))) {
      const folder = /`src\/([a-z]+)\/`/.exec(line)?.[1] ?? ''
      expect([folder, existsSync(new URL(`../../src/${folder}`, import.meta.url))]).toEqual([
        folder,
        true
      ])
    }
  })

  it('lists every file of src/ under 30 lines, and only those', () => {
    const src = new URL('../../src/', import.meta.url)
    const small = readdirSync(src, {recursive: true, encoding: 'utf8'})
      .filter((path) => path.endsWith('.ts'))
      .filter((path) => readFileSync(new URL(path, src), 'utf8').split('\n').length <= 30)
      .map((path) => path.replaceAll('\\', '/'))
      .sort()
    const section = page.slice(page.indexOf('## Whole files'))
    const listed = [...section.matchAll(/`([a-z-]+(?:\/[a-z-]+)*\.(?:d\.)?ts)`/g)]
      .map(([, path]) => path ?? '')
      .sort()
    expect(listed).toEqual(small)
  })
})
