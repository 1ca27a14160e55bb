import {describe, expect, it} from 'vitest'
import {browserAvailable} from '../helpers/browser.js'
import {checkSiteExplorers} from '../helpers/explorer.js'
import {checkSiteQuizzes} from '../helpers/self-check.js'
import {buildSite, builtPage, expectCoursePage, siteFolder, siteInstalled} from '../helpers/site.js'
import {checkSitePages} from '../helpers/site-a11y.js'
import {serveFolder} from '../helpers/static-server.js'

describe.runIf(siteInstalled('docusaurus'))('Docusaurus site (examples/docusaurus)', () => {
  it('builds the course in .md and .mdx, with no unused-directive warning', {
    timeout: 300_000
  }, () => {
    const {status, output} = buildSite('docusaurus')
    expect(status, output).toBe(0)
    expect(output).toContain('[SUCCESS] Generated static files')
    expect(output).not.toMatch(/unused (Markdown )?directive/i)
    expect(output).not.toMatch(/\[WARNING\]/)
    for (const page of ['index.html', 'course-mdx/index.html']) {
      expectCoursePage(builtPage(siteFolder('docusaurus') + 'build/' + page), expect)
    }
  })

  // Runs on the build above, before the next test replaces it with a failing one.
  // axe checks the page's content (`.theme-doc-markdown`: ours), not the
  // classic theme's own sidebar, breadcrumbs and pagination colours nor its
  // Prism highlighting of the `code` part. Also in the theme's dark mode.
  it.runIf(browserAvailable())(
    'passes axe and draws every diagram without overlapping labels, at 1280 and 375 px',
    {
      timeout: 300_000
    },
    async () => {
      await checkSitePages(
        siteFolder('docusaurus') + 'build',
        ['/', '/course-mdx/'],
        {include: '.theme-doc-markdown', exclude: 'pre'},
        true
      )
    }
  )

  // Also on that build: the script is a client module, as the README says; answers are shown on this site (not folded).
  it.runIf(browserAvailable())('answers the quizzes in Chromium', {timeout: 300_000}, async () => {
    await checkSiteQuizzes(siteFolder('docusaurus') + 'build', ['/', '/course-mdx/'], false)
  })

  // Also on that build: the explorer's script is a client module beside the self-check's (docs/explorer.md).
  // The course page holds the example course's explorer (the MDX page does not).
  it.runIf(browserAvailable())(
    'follows random sizes in the explorer, resets, is static without JavaScript, axe clean, 375 px',
    {timeout: 300_000},
    async () => {
      const server = await serveFolder(siteFolder('docusaurus') + 'build')
      try {
        await checkSiteExplorers(server.url, ['/'])
      } finally {
        await server.close()
      }
    }
  )

  it('fails the build on a wrong answer key (by default), saying why', {timeout: 300_000}, () => {
    const {status, output} = buildSite('docusaurus', {RNN_WRONG_KEYS: '1'})
    expect(status).not.toBe(0)
    // A plain Error, which webpack's cache can store: no "No serializer registered for VFileMessage".
    expect(output).not.toContain('No serializer registered')
    expect(output).toContain('MDX compilation failed for file')
    expect(output).toContain('wrong-keys.md')
    expect(output).toContain('Answer B, not D: input = 3 · 4 = 12, recurrent = 4 · 4 + 4 = 20.')
  })
})
