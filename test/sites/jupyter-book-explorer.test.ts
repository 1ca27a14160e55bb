import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {
  checkExplorerAxe,
  checkExplorerBounds,
  checkExplorerChoices,
  checkExplorerFollows,
  checkExplorerNarrow
} from '../helpers/explorer.js'
import {mystProject, removeProjects} from '../helpers/myst.js'
import {mystWidgetSite, widgetHost} from '../helpers/myst-explorer.js'
import {mystThemeSite, openMystThemePage as open} from '../helpers/myst-theme.js'
import {siteInstalled} from '../helpers/site.js'

const seedCounts = ['20', '25', '5', '15', '3', '20', '30', '18', '50', '68']

// The example book's explorer (its classifier, 4 inputs, 5 units, 3 outputs,
// `:vary: cell framework bidirectional`) built by mystmd and shown as
// book-theme shows it (helpers/myst-theme.ts), in Chromium: the checks every
// site's explorer passes (helpers/explorer.ts), in the widget's shadow root.
describe.runIf(siteInstalled('jupyter-book') && browserAvailable())(
  'Jupyter Book 2 / MyST: the explorer widget in Chromium',
  () => {
    let browser: Browser
    let site: Awaited<ReturnType<typeof mystThemeSite>>
    beforeAll(async () => {
      const book = mystProject()
      const {status, output} = book.build('--site')
      expect(status, output).toBe(0)
      ;[browser, site] = await Promise.all([launchChromium(), mystThemeSite(book)])
    }, 120_000)
    afterAll(async () => {
      await site?.close()
      await browser?.close()
      removeProjects()
    })

    it('renders in its shadow root after the worked solution, every control labelled, without an error', async () => {
      const {page, errors, close} = await open(browser, site.url)
      const explorer = page.locator('.rnn-explorer')
      await explorer.locator('.rnn-explorer-controls').waitFor()
      expect(await explorer.count()).toBe(1)
      // Inside the host's open shadow root, not in the page's own DOM.
      expect(
        await page.evaluate((host) => {
          const element = document.querySelector(host)
          return [
            element?.shadowRoot?.mode,
            Boolean(element?.shadowRoot?.querySelector('.rnn-explorer')),
            document.querySelector('.rnn-explorer')
          ]
        }, widgetHost)
      ).toEqual(['open', true, null])
      expect(await explorer.locator('.rnn-explorer-controls').isVisible()).toBe(true)
      // The worked solution MyST shows comes first, then the widget.
      const before = await page.evaluate((host) => {
        const element = document.querySelector(host)
        return element?.previousElementSibling?.textContent ?? ''
      }, widgetHost)
      expect(before).toBe('total = 20 + (25 + 5) + (15 + 3) = 68')
      // Each size's field and slider, and each choice `vary` allows, by its label.
      for (const label of [
        'Input features (n)',
        'Hidden units (h)',
        'Output nodes (o)',
        'Input features (n), slider',
        'Hidden units (h), slider',
        'Output nodes (o), slider',
        'Cell',
        'Framework',
        'Both directions (bidirectional)'
      ])
        expect(await explorer.getByLabel(label, {exact: true}).count(), label).toBe(1)
      const unlabelled = await explorer.evaluate((root) =>
        Array.from(root.querySelectorAll('input, select, button'))
          .filter((control) =>
            control.tagName === 'BUTTON'
              ? !control.textContent?.trim()
              : (control as HTMLInputElement).labels?.length === 0 &&
                !control.getAttribute('aria-label')
          )
          .map((control) => control.outerHTML)
      )
      expect(unlabelled).toEqual([])
      await explorer.getByLabel('Hidden units (h)', {exact: true}).fill('10')
      expect(await explorer.getByRole('status').innerText()).toBe('Total: 183 parameters.')
      expect(errors).toEqual([])
      await close()
    })

    it('works with the keyboard alone: Tab into the shadow root, type, Enter submits nothing, Reset', async () => {
      const {page, errors, close} = await open(browser, site.url)
      const explorer = page.locator('.rnn-explorer')
      await explorer.locator('.rnn-explorer-controls').waitFor()
      const focused = () =>
        page.evaluate(() => {
          let element = document.activeElement
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
          return element ? `${element.tagName.toLowerCase()}.${element.className}` : ''
        })
      await page.locator('body').focus()
      let steps = 0
      while ((await focused()) !== 'input.rnn-explorer-field' && steps++ < 100)
        await page.keyboard.press('Tab')
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type('8')
      await page.keyboard.press('Enter')
      expect(await explorer.getByRole('status').innerText()).toBe('Total: 88 parameters.')
      // Tab goes on to the field's slider, whose arrow keys step the same size.
      await page.keyboard.press('Tab')
      expect(await focused()).toBe('input.rnn-explorer-slider')
      await page.keyboard.press('ArrowRight')
      expect(await explorer.getByLabel('Input features (n)', {exact: true}).inputValue()).toBe('9')
      while ((await focused()) !== 'button.rnn-explorer-reset' && steps++ < 100)
        await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      expect(await explorer.getByLabel('Input features (n)', {exact: true}).inputValue()).toBe('4')
      expect(await explorer.locator('.rnn-explorer-total [data-rnn-slot]').last().innerText()).toBe(
        '68'
      )
      expect(errors).toEqual([])
      await close()
    })

    it('follows 20 random sizes with the core’s counts, marks the changed ones, resets', async () => {
      await checkExplorerFollows(browser, site.url, 20, mystWidgetSite)
    })

    it('lets a student change the cell, the framework and the directions', async () => {
      await checkExplorerChoices(browser, site.url, mystWidgetSite)
    })

    it('says beside its field that a value is out of bounds', async () => {
      await checkExplorerBounds(browser, site.url, mystWidgetSite)
      // The message describes its field, within the shadow root (ids resolve there), next to it.
      const page = await mystWidgetSite.open(browser, site.url)
      const field = page.locator('.rnn-explorer').getByLabel('Output nodes (o)', {exact: true})
      await field.fill('10000001')
      const said = await field.evaluate((input) => {
        const root = input.getRootNode() as ShadowRoot
        const note = root.getElementById(input.getAttribute('aria-describedby') ?? '')
        return [
          root instanceof ShadowRoot,
          note?.parentElement === input.parentElement,
          note?.textContent
        ]
      })
      expect(said).toEqual([true, true, 'Enter a whole number from 1 to 10,000,000.'])
      await page.context().close()
    })

    it('without JavaScript shows the worked solution at the author’s sizes and no controls', async () => {
      const {page, close} = await open(browser, site.url, {javaScriptEnabled: false})
      const table = page.locator('article table').nth(1)
      expect(await table.locator('tbody tr td:last-child').allInnerTexts()).toEqual(seedCounts)
      expect(await page.locator('article').innerText()).toContain(
        'total = 20 + (25 + 5) + (15 + 3) = 68'
      )
      expect(await page.locator('.rnn-explorer-controls').count()).toBe(0)
      expect(await page.locator('.rnn-explorer').count()).toBe(0)
      expect(await page.locator('article').innerText()).not.toContain('Input features')
      await close()
    })

    it('passes axe inside the widget, light and dark', async () => {
      await checkExplorerAxe(browser, site.url, mystWidgetSite)
      // The dark run was dark: the widget's words are the dark page's light text.
      const page = await mystWidgetSite.open(browser, site.url, {colorScheme: 'dark'})
      const label = page.locator('.rnn-explorer label').first()
      expect(await label.evaluate((node) => getComputedStyle(node).color)).toBe(
        'rgb(245, 245, 244)'
      )
      // axe does look into the shadow root: a field without a label there is found.
      await page
        .locator('.rnn-explorer')
        .evaluate((root) => root.append(document.createElement('input')))
      const found = await axeViolations(page, {include: widgetHost})
      expect(found.map((violation) => violation.id)).toEqual(['label'])
      await page.context().close()
    })

    it('folds the widget with the worked solution under `solutions: collapse`; opened, it follows', {
      timeout: 120_000
    }, async () => {
      const folded = mystProject({
        config: (yaml) => yaml.replace('node_modules/remark-rnn/dist/myst.mjs', 'rnn.mjs'),
        pages: {
          'rnn.mjs':
            "import {rnnMystPlugin} from 'remark-rnn/myst'\nexport default rnnMystPlugin({solutions: 'collapse'})\n"
        }
      })
      const {status, output} = folded.build('--site')
      expect(status, output).toBe(0)
      const foldedSite = await mystThemeSite(folded)
      try {
        const {page, close} = await open(browser, foldedSite.url)
        const fold = page.locator(`details:has(${widgetHost})`)
        expect(await fold.count()).toBe(1)
        expect(await fold.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
        expect(await fold.locator('summary').innerText()).toMatch(/^Worked solution/)
        expect(await fold.locator('table').first().isVisible()).toBe(false)
        await fold.locator('summary').click()
        await page.locator('.rnn-explorer .rnn-explorer-controls').waitFor()
        expect(await fold.locator('.rnn-explorer-controls').isVisible()).toBe(true)
        await close()
        await checkExplorerFollows(browser, foldedSite.url, 5, mystWidgetSite)
      } finally {
        await foldedSite.close()
      }
    })

    it('fits a 375 px screen', async () => {
      await checkExplorerNarrow(browser, site.url, false, mystWidgetSite)
      const page = await mystWidgetSite.open(browser, site.url, {
        viewport: {width: 375, height: 800}
      })
      const right = await page
        .locator(widgetHost)
        .first()
        .evaluate((host) => host.getBoundingClientRect().right)
      expect(right).toBeLessThanOrEqual(375)
      await page.context().close()
    })
  }
)
