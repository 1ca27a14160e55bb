import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {mystProject, nodesOf, removeProjects} from '../helpers/myst.js'
import {mystThemeSite, openMystThemePage as open} from '../helpers/myst-theme.js'
import {siteInstalled} from '../helpers/site.js'

const seedCounts = ['20', '25', '5', '15', '3', '20', '30', '18', '50', '68']

/** A widget as an author writes one: it shows its model's data inside the element it is given. */
const widget = `export default {
  render({model, el}) {
    const p = document.createElement('p')
    p.className = 'greeting'
    p.textContent = model.get('greeting') + ', ' + model.get('count') + ' parameters'
    el.append(p)
  }
}
`

describe.runIf(siteInstalled('jupyter-book') && browserAvailable())(
  'Jupyter Book 2 / MyST page rendered as book-theme renders it (React SSR + hydration), in Chromium',
  () => {
    let browser: Browser
    let site: Awaited<ReturnType<typeof mystThemeSite>>
    beforeAll(async () => {
      const book = mystProject()
      const {status, output} = book.build('--site')
      expect(status, output).toBe(0)
      ;[browser, site] = await Promise.all([launchChromium(), mystThemeSite(book)])
    })
    afterAll(async () => {
      await site?.close()
      await browser?.close()
      removeProjects()
    })

    it('shows the course: the seed table as cells, KaTeX math with its stylesheet, hydrated without an error, in either colour scheme', async () => {
      const {page, errors, close} = await open(browser, site.url)
      expect(await page.locator('table').count()).toBe(13)
      const counts = page.locator('table').first().locator('tbody tr td:last-child')
      expect(await counts.allTextContents()).toEqual(seedCounts)
      expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(6)
      expect(await page.locator('.katex').count()).toBeGreaterThan(100)
      expect(await page.locator('.katex-error').count()).toBe(0)
      // KaTeX's stylesheet applies: the MathML copy is for screen readers only.
      const mathml = page.locator('.katex-mathml').first()
      expect(await mathml.evaluate((node) => getComputedStyle(node).position)).toBe('absolute')
      // What React rendered on the server is what the browser kept.
      expect(await page.locator('#myst-root > main > article').count()).toBe(1)
      expect(errors).toEqual([])
      expect(await page.evaluate(() => document.documentElement.className)).toBe('light')
      await close()
      const dark = await open(browser, site.url, {colorScheme: 'dark'})
      expect(await dark.page.evaluate(() => document.documentElement.className)).toBe('dark')
      expect(dark.errors).toEqual([])
      await dark.close()
    })

    it('reports a hydration mismatch, so the check above can fail', async () => {
      const index = join(site.folder, 'index.html')
      const served = readFileSync(index, 'utf8')
      try {
        // The seed table's total, changed in the server's HTML only.
        const total = '<td class="text-right"><strong>68</strong></td>'
        expect(served).toContain(total)
        writeFileSync(index, served.replace(total, total.replace('68', '69')))
        const {errors, close} = await open(browser, site.url)
        expect(errors.join('\n')).toMatch(/did not match|Hydration failed/)
        await close()
      } finally {
        writeFileSync(index, served)
      }
    })

    // myst-to-react has no renderer for `html` nodes (it shows their value as text), so the
    // MyST plugin writes each diagram as an image of its SVG, which mystmd puts in the site.
    it('draws the `:show: diagram` parts as images of their SVG, with their words as alt text, and no markup as text', async () => {
      const {page, close} = await open(browser, site.url)
      const images = page.locator('article img')
      expect(await images.count()).toBe(2)
      const drawn = await images.evaluateAll((all) =>
        all.map((node) => {
          const image = node as HTMLImageElement
          return {complete: image.complete, width: image.naturalWidth, alt: image.alt.split(':')[0]}
        })
      )
      expect(drawn).toEqual([
        {complete: true, width: 469, alt: 'Simple RNN with 4 inputs, 5 units and 3 outputs'},
        {
          complete: true,
          width: 745,
          alt: 'Bidirectional simple RNN with 8 inputs, 16 and 8 units and 2 outputs'
        }
      ])
      expect(await page.locator('article').innerText()).not.toMatch(/<svg|<div class=/)
      await close()
    })

    it('runs an anywidget end to end: mystmd copies its module and stylesheet, the widget renders in its shadow root', async () => {
      const book = mystProject({
        pages: {
          'rnn-parameters.md': [
            '# A widget',
            '',
            '```{anywidget} ./widget.mjs',
            ':css: ./widget.css',
            '{"greeting": "Hello", "count": 68}',
            '```',
            ''
          ].join('\n'),
          'widget.mjs': widget,
          'widget.css': '.greeting {color: rgb(0, 128, 0)}\n'
        }
      })
      const {status, output} = book.build('--site')
      expect(status, output).toBe(0)
      // mystmd copies both files to _build/site/public/ and writes their root-relative URLs.
      const [node] = nodesOf(book.page('index'), 'anywidget')
      expect([node?.esm, node?.css]).toEqual([
        expect.stringMatching(/^\/widget-[0-9a-f]{32}\.mjs$/),
        expect.stringMatching(/^\/widget-[0-9a-f]{32}\.css$/)
      ])
      const widgetSite = await mystThemeSite(book)
      try {
        const {page, errors, close} = await open(browser, widgetSite.url)
        const greeting = page.locator('.myst-anywidget .greeting')
        await greeting.waitFor()
        expect(await greeting.textContent()).toBe('Hello, 68 parameters')
        await expect
          .poll(() => greeting.evaluate((node) => getComputedStyle(node).color))
          .toBe('rgb(0, 128, 0)')
        // Inside the open shadow root (locators pierce it), not the light DOM.
        expect(await page.evaluate(() => document.querySelector('.greeting'))).toBeNull()
        expect(
          await page.evaluate(() => document.querySelector('.myst-anywidget')?.shadowRoot?.mode)
        ).toBe('open')
        expect(errors).toEqual([])
        await close()

        // The server renders an empty box for the widget: without JavaScript nothing shows.
        const off = await open(browser, widgetSite.url, {javaScriptEnabled: false})
        const box = off.page.locator('article > div.relative.w-full')
        expect(await box.evaluate((node) => [node.childNodes.length, node.shadowRoot])).toEqual([
          0,
          null
        ])
        expect(await off.page.locator('article').innerText()).toBe('')
        await off.close()
      } finally {
        await widgetSite.close()
      }
    })
  }
)
