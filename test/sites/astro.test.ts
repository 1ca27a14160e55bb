import {describe, expect, it} from 'vitest'
import {browserAvailable} from '../helpers/browser.js'
import {checkSiteExplorers} from '../helpers/explorer.js'
import {checkSiteQuizzes} from '../helpers/self-check.js'
import {buildSite, builtPage, expectCoursePage, siteFolder, siteInstalled} from '../helpers/site.js'
import {checkSitePages} from '../helpers/site-a11y.js'
import {serveFolder} from '../helpers/static-server.js'

// The course page holds the example course's explorer (the MDX page does not).
const EXPLORER_PATHS = ['/course/']

describe.runIf(siteInstalled('astro'))('Astro site (examples/astro)', () => {
  it('builds, and every course page shows tables, numbers, math and quizzes', () => {
    const {status, output} = buildSite('astro')
    expect(status, output).toBe(0)
    expect(output).toContain('2 page(s) built')
    for (const page of ['course/index.html', 'course-mdx/index.html']) {
      expectCoursePage(builtPage(siteFolder('astro') + 'dist/' + page), expect)
    }

    // Solutions are collapsed on this site.
    const page = builtPage(siteFolder('astro') + 'dist/course/index.html')
    expect(page.texts('details.rnn-solution > summary')[0]).toBe(
      'Worked solution: simple RNN, 4 inputs, 5 units, 3 outputs (diagram, table, derivation and shapes)'
    )
    expect(page.texts('aside.note')).toEqual([])
    expect(
      builtPage(siteFolder('astro') + 'dist/course-mdx/index.html').texts('aside.note')[0]
    ).toContain('MDX version')
  })

  it('fails the build on a wrong answer key (by default), saying why and where', {
    timeout: 300_000
  }, () => {
    const {status, output} = buildSite('astro', {RNN_WRONG_KEYS: '1'})
    expect(status).not.toBe(0)
    expect(output).toMatch(/wrong-keys\.md:\d+:\d+-\d+:\d+: Answer B, not D: /)
    // The next build (the other tests') copies no wrong page.
    expect(buildSite('astro').status).toBe(0)
  })

  it.runIf(browserAvailable())(
    'answers the quizzes in Chromium, the script loaded as the README says (a <script> in the layout)',
    {
      timeout: 300_000
    },
    async () => {
      await checkSiteQuizzes(siteFolder('astro') + 'dist', ['/course/', '/course-mdx/'], true)
    }
  )
  it.runIf(browserAvailable())(
    'follows random sizes in the explorer, resets, is static without JavaScript, axe clean, 375 px: the script loaded as docs/explorer.md says (a <script> in the layout)',
    {timeout: 300_000},
    async () => {
      const server = await serveFolder(siteFolder('astro') + 'dist')
      try {
        await checkSiteExplorers(server.url, EXPLORER_PATHS)
      } finally {
        await server.close()
      }
    }
  )
  it.runIf(browserAvailable())(
    'passes axe and draws every diagram without overlapping labels, at 1280 and 375 px',
    {
      timeout: 300_000
    },
    async () => {
      // Not the `code` part's highlighting: its colours are Shiki's theme, not ours.
      await checkSitePages(siteFolder('astro') + 'dist', ['/course/', '/course-mdx/'], {
        exclude: 'pre'
      })
    }
  )
})
