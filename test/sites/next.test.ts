import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {browserAvailable} from '../helpers/browser.js'
import {checkSiteExplorers} from '../helpers/explorer.js'
import {startNext} from '../helpers/next-server.js'
import {checkQuizzesAt} from '../helpers/self-check.js'
import {buildSite, builtPage, expectCoursePage, siteFolder, siteInstalled} from '../helpers/site.js'

// Next.js builds the example course with each of its bundlers: Turbopack (the
// default, `next build`) and webpack (`next build --webpack`). The config names
// every plugin by string, which both accept; each build is run once for the
// course and once with the wrong keys. The Turbopack build is also served by
// `next start` and its quizzes answered in Chromium, before the webpack build
// replaces it.
const turbopack = {name: 'Turbopack', script: 'build'}
const webpack = {name: 'webpack', script: 'build:webpack'}
const built = (file: string) => `${siteFolder('next')}.next/${file}`

/** The scripts a built page loads (their files under .next/static/) hold a page script: its `marker`. */
function loads(page: string, marker: string): boolean {
  const html = readFileSync(built(`server/app/${page}`), 'utf8')
  return [...html.matchAll(/\/_next\/(static\/chunks\/[\w./-]+\.js)/g)].some(
    ([, file]) => existsSync(built(file!)) && readFileSync(built(file!), 'utf8').includes(marker)
  )
}

function buildsTheCourse({name, script}: typeof turbopack): void {
  const {status, output} = buildSite('next', {}, script)
  expect(status, output).toBe(0)
  expect(output).toContain(`Next.js 16`)
  expect(output).toContain(`(${name})`)
  expect(output).toMatch(/├ ○ \/course\n└ ○ \/course-mdx/)
  for (const page of ['course.html', 'course-mdx.html']) {
    expectCoursePage(builtPage(built(`server/app/${page}`)), expect)
    // The layout's client components bring the self-check and the explorer scripts.
    expect(loads(page, 'data-rnn-self-check'), page).toBe(true)
    expect(loads(page, 'data-rnn-explorer'), page).toBe(true)
  }
  // The MDX page keeps its JSX beside the directives.
  const mdx = builtPage(built('server/app/course-mdx.html'))
  expect(mdx.texts('aside.note')[0]).toContain('MDX version')
  // KaTeX's stylesheet from the layout's import.
  expect(mdx.all('link[rel=stylesheet]').length).toBeGreaterThan(0)
}

describe.runIf(siteInstalled('next'))('Next.js site (examples/next)', () => {
  it('builds the course in .md and .mdx with Turbopack, every page showing its solution', {
    timeout: 180_000
  }, () => {
    buildsTheCourse(turbopack)
  })

  // On that build, served as in production. Answers are shown on this site (not folded).
  it.runIf(browserAvailable())(
    'answers the quizzes in Chromium (next start), the script loaded by a client component in the layout',
    {timeout: 180_000},
    async () => {
      const server = await startNext(siteFolder('next'))
      try {
        await checkQuizzesAt(server.url, ['/course', '/course-mdx'], false)
      } finally {
        await server.close()
      }
    }
  )

  // Also on that build: the explorer's script, loaded by its own client component in the layout.
  // At 375 px the explorer fits; the page around it does not (this bare example has no
  // stylesheet, and its Python code blocks are wider), so only the explorer is measured.
  it.runIf(browserAvailable())(
    'follows random sizes in the explorer (next start), resets, is static without JavaScript, axe clean, 375 px',
    {timeout: 180_000},
    async () => {
      const server = await startNext(siteFolder('next'))
      try {
        await checkSiteExplorers(server.url, ['/course'], {wholePage: false})
      } finally {
        await server.close()
      }
    }
  )

  it('builds the course in .md and .mdx with webpack, every page showing its solution', {
    timeout: 180_000
  }, () => {
    buildsTheCourse(webpack)
  })

  it.for([turbopack, webpack])(
    'fails the $name build on a wrong answer key (by default), saying why and at which line',
    {timeout: 180_000},
    ({script}) => {
      const {status, output} = buildSite('next', {RNN_WRONG_KEYS: '1'}, script)
      expect(status).not.toBe(0)
      expect(output).toMatch(/wrong-keys\/page\.md:6:\d+-6:\d+: /)
      expect(output).toContain('Answer B, not D: input = 3 · 4 = 12, recurrent = 4 · 4 + 4 = 20.')
    }
  )
})
