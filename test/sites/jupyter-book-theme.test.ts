import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser, Locator, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {mystProject, nodesOf, removeProjects} from '../helpers/myst.js'
import {mystThemeSite, openMystThemePage as open} from '../helpers/myst-theme.js'
import {checkNumberQuiz} from '../helpers/self-check.js'
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

// The first quiz: 3 inputs, 4 units, ask input and recurrent; B is 12, 20, D the reversed 20, 12.
const rightChoice = 'Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.'
const swapped = 'Not this one: the right numbers in the wrong order.'

const sheets = (page: Page) => page.locator('.myst-anywidget form.rnn-quiz-form')
const choiceSheet = (page: Page) =>
  sheets(page).and(page.locator('[data-rnn-quiz="choice"]')).first()
const numberSheet = (page: Page) =>
  sheets(page).and(page.locator('[data-rnn-quiz="number"]')).first()

/** The status line says `text`, in a live region a screen reader announces. */
async function expectAnnounced(sheet: Locator, text: string | RegExp): Promise<void> {
  const status = sheet.getByRole('status')
  await expect
    .poll(() => status.innerText())
    .toMatch(text instanceof RegExp ? text : new RegExp(`^${text.replace(/[.+()]/g, '\\$&')}$`))
  expect(await status.getAttribute('aria-live')).toBe('polite')
}

/** The focused element, inside a widget's shadow root too. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    return element ? `${element.tagName.toLowerCase()}.${element.className}` : ''
  })
}

async function tabTo(page: Page, wanted: string): Promise<void> {
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press('Tab')
    if ((await focused(page)) === wanted) return
  }

  throw new Error(`Tab never reached ${wanted}`)
}

describe.runIf(siteInstalled('jupyter-book') && browserAvailable())(
  'Jupyter Book 2 / MyST page rendered as book-theme renders it (React SSR + hydration), in Chromium: content, diagrams, widgets and self-check quizzes',
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
      // The explorer's worked solution, and its widget's table in a shadow root (locators pierce it).
      expect(await page.locator('table').count()).toBe(15)
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

    it('names the mistake of a wrong option and shows the computation of the right one, announced; the answer follows', async () => {
      const {page, errors, close} = await open(browser, site.url)
      const sheet = choiceSheet(page)
      await sheet.waitFor()
      expect(await sheets(page).count()).toBe(6)
      // The question and its lettered options are the book's own content, just above the sheet.
      expect(await page.getByText('D. 20, 12', {exact: true}).count()).toBeGreaterThan(0)
      await sheet.getByLabel('D', {exact: true}).check()
      await sheet.getByRole('button', {name: 'Check'}).click()
      await expectAnnounced(sheet, swapped)
      await sheet.getByLabel('B', {exact: true}).check()
      expect(await sheet.getByRole('status').innerText()).toBe('')
      await sheet.getByRole('button', {name: 'Check'}).click()
      await expectAnnounced(sheet, rightChoice)
      // Feedback waits for Check: no option's line shows by itself.
      expect(await sheet.locator('.rnn-quiz-option .rnn-quiz-feedback:visible').count()).toBe(0)
      // The example book is a teacher's build: the answer follows the sheet, shown.
      const after = await sheet.evaluate((form) => {
        const host = (form.getRootNode() as ShadowRoot).host
        return host.nextElementSibling?.textContent ?? ''
      })
      expect(after).toMatch(/^Answer: B \(12, 20\)/)
      expect(errors).toEqual([])
      await close()
    })

    it('reads typed numbers: a mistake, a decimal, a word, any other number, the key', async () => {
      const {page, close} = await open(browser, site.url)
      await numberSheet(page).waitFor()
      await checkNumberQuiz(page)
      await close()
    })

    it('works with the keyboard alone', async () => {
      const {page, close} = await open(browser, site.url)
      await choiceSheet(page).waitFor()
      await page.locator('body').focus()
      await tabTo(page, 'input.rnn-quiz-radio')
      // Arrows choose within the group (A → B), Tab goes on to Check, Enter checks.
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Tab')
      expect(await focused(page)).toBe('button.rnn-quiz-check')
      await page.keyboard.press('Enter')
      await expectAnnounced(choiceSheet(page), rightChoice)
      await tabTo(page, 'input.rnn-quiz-number')
      await page.keyboard.type('60')
      await page.keyboard.press('Enter')
      await expectAnnounced(numberSheet(page), '60: the recurrent bias forgotten.')
      await close()
    })

    it('passes axe in the answered sheets, light and dark (book-theme’s dark class on html)', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const {page, close} = await open(browser, site.url, {colorScheme})
        const sheet = choiceSheet(page)
        await sheet.waitFor()
        await sheet.getByLabel('D', {exact: true}).check()
        await sheet.getByRole('button', {name: 'Check'}).click()
        await expectAnnounced(sheet, swapped)
        expect(await page.evaluate(() => document.documentElement.className)).toBe(colorScheme)
        // The right mark follows the scheme inside the shadow root.
        const mark = await sheet
          .getByRole('status')
          .evaluate((node) => getComputedStyle(node).borderLeftColor)
        expect(mark).toBe(colorScheme === 'dark' ? 'rgb(255, 123, 114)' : 'rgb(207, 34, 46)')
        // The widgets' hosts, and so their shadow roots.
        const scope = {include: '.myst-anywidget'}
        expect(await axeViolations(page, scope), colorScheme).toEqual([])
        // axe does look into the shadow root: a field without a label there is found.
        await sheet.evaluate((form) => form.append(document.createElement('input')))
        expect((await axeViolations(page, scope)).map((violation) => violation.id)).toEqual([
          'label'
        ])
        await close()
      }
    })

    it('without JavaScript shows the question, the options and the answer, and no markup as text', async () => {
      const {page, close} = await open(browser, site.url, {javaScriptEnabled: false})
      const text = await page.locator('article').innerText()
      expect(text).toContain('D. 20, 12')
      expect(text).toContain('Answer: B (12, 20)')
      expect(text).not.toMatch(/<form|rnn-quiz-form|Your answer/)
      await close()
    })
  }
)
