import {describe, expect, it} from 'vitest'
import {buildSite, builtPage, expectCoursePage, siteFolder, siteInstalled} from '../helpers/site.js'

// Next.js builds the example course with each of its bundlers: Turbopack (the
// default, `next build`) and webpack (`next build --webpack`). The config names
// every plugin by string, which both accept; each build is run once for the
// course and once with the wrong keys.
const bundlers = [
  {name: 'Turbopack', script: 'build'},
  {name: 'webpack', script: 'build:webpack'}
]

describe.runIf(siteInstalled('next'))('Next.js site (examples/next)', () => {
  it.for(bundlers)(
    'builds the course in .md and .mdx with $name, every page showing its solution',
    {timeout: 180_000},
    ({name, script}) => {
      const {status, output} = buildSite('next', {}, script)
      expect(status, output).toBe(0)
      expect(output).toContain(`Next.js 16`)
      expect(output).toContain(`(${name})`)
      expect(output).toMatch(/├ ○ \/course\n└ ○ \/course-mdx/)
      for (const page of ['course.html', 'course-mdx.html'])
        expectCoursePage(builtPage(`${siteFolder('next')}.next/server/app/${page}`), expect)
      // The MDX page keeps its JSX beside the directives.
      const mdx = builtPage(`${siteFolder('next')}.next/server/app/course-mdx.html`)
      expect(mdx.texts('aside.note')[0]).toContain('MDX version')
      // KaTeX's stylesheet from the layout's import.
      expect(mdx.all('link[rel=stylesheet]').length).toBeGreaterThan(0)
    }
  )

  it.for(bundlers)(
    'fails the $name build on a wrong answer key (strict mode), saying why and at which line',
    {timeout: 180_000},
    ({script}) => {
      const {status, output} = buildSite('next', {RNN_WRONG_KEYS: '1'}, script)
      expect(status).not.toBe(0)
      expect(output).toMatch(/wrong-keys\/page\.md:6:\d+-6:\d+: /)
      expect(output).toContain('Answer B, not D: input = 3 · 4 = 12, recurrent = 4 · 4 + 4 = 20.')
    }
  )
})
