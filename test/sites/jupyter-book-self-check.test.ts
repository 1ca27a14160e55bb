// A student answers the example book's quizzes on the page, as book-theme
// renders it (test/helpers/myst-theme.ts: the theme's React renderers, server
// rendering and hydration), in Chromium: each quiz's answer sheet is a widget
// that the theme loads from the module mystmd copied into the site.
import type {Browser, Locator, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {mystProject, removeProjects} from '../helpers/myst.js'
import {mystThemeSite, openMystThemePage as open} from '../helpers/myst-theme.js'
import {siteInstalled} from '../helpers/site.js'

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
  'self-check quizzes in the Jupyter Book build, as book-theme renders it, in Chromium',
  () => {
    let browser: Browser
    let site: Awaited<ReturnType<typeof mystThemeSite>>
    beforeAll(async () => {
      const book = mystProject()
      const {status, output} = book.build('--site', '--strict')
      expect(status, output).toBe(0)
      ;[browser, site] = await Promise.all([launchChromium(), mystThemeSite(book)])
    })
    afterAll(async () => {
      await site?.close()
      await browser?.close()
      removeProjects()
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
      const sheet = numberSheet(page)
      await sheet.waitFor()
      const field = sheet.getByLabel('Without the output layer')
      for (const [typed, said] of [
        ['60', '60: the recurrent bias forgotten.'],
        ['7.2', 'Type a whole number in digits, such as 1234, 1,234 or 1 234.'],
        ['seventy-two', 'Type a whole number in digits, such as 1234, 1,234 or 1 234.'],
        ['1,000', /^Not the count\. /],
        ['72', 'Right: rnn = 24 + 48 = 72.']
      ] as const) {
        await field.fill(typed)
        await sheet.getByRole('button', {name: 'Check'}).click()
        await expectAnnounced(sheet, said)
      }
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
