// The explorer as MyST's themes run it: an `anywidget` node whose module
// renders it in a shadow root (src/browser/explorer-widget.ts), on a page
// served by helpers/myst-theme.ts. The checks of helpers/explorer.ts take
// this site; Playwright's locators reach into the open shadow root.
import type {Page} from 'playwright-core'
import type {ExplorerSite} from './explorer.js'
import {openMystThemePage} from './myst-theme.js'

/** The explorer widget's host element, in the page's light DOM. */
export const widgetHost = '.myst-anywidget.rnn-explorer-widget'

export const mystWidgetSite: ExplorerSite = {
  async open(browser, url, options = {}) {
    const {page} = await openMystThemePage(browser, url, options)
    // The served page has no theme stylesheet: in the dark scheme, give it a dark
    // theme's light text on a dark ground, which the widget's text inherits.
    if (options.colorScheme === 'dark')
      await page.addStyleTag({content: 'html.dark body{background:#1c1917;color:#f5f5f4}'})
    if (options.javaScriptEnabled !== false) {
      // A folded solution (`solutions: 'collapse'`) holds the widget: the student opens it.
      const folded = page.locator(`details:not([open]):has(${widgetHost}) > summary`)
      for (let count = await folded.count(); count > 0; count--) await folded.first().click()
      await page.locator('.rnn-explorer .rnn-explorer-controls').waitFor()
    }
    return page
  },
  // The example book's prose: "…, 68 in all."
  async authorTotal(page: Page) {
    const words = await page.locator('p', {hasText: 'In words:'}).innerText()
    return /(\S+) in all/.exec(words)?.[1] ?? ''
  },
  tableMath: 0,
  axeScope: widgetHost
}
