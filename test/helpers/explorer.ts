// What every page with the example course's explorer must do in Chromium
// (the classifier: 4 inputs, 5 units, 3 outputs): 200 random sizes set
// through its fields and sliders (typing and arrow keys), every shown
// number compared with the core's for those sizes; Reset; a value out of
// bounds; JavaScript off; axe in light and dark; a 375 px screen.
import type {Browser, Locator, Page} from 'playwright-core'
import {expect} from 'vitest'
import {analyseDescription} from '../../src/core/index.js'
import {explorerNumbers, slotNumbers} from '../../src/render/index.js'
import {axeViolations} from './axe.js'
import {launchChromium} from './browser.js'
import {pageWidth} from './page-width.js'

/** The author's sizes of the course's explorer. */
const author = [4, 5, 3] as const

/** What the page should show for these sizes: the core's count, written as the page writes it. */
function expected(sizes: readonly number[]): string[] {
  const [inputs, units, outputs] = sizes as [number, number, number]
  const analysis = analyseDescription({inputs, units: [units], outputs: [outputs]})
  if (!analysis.ok) throw new Error('the test chose sizes the core refuses')
  return slotNumbers(explorerNumbers(analysis.breakdown, {thousandsSeparator: ','})).map(
    (number) => number.text
  )
}

function shown(explorer: Locator): Promise<string[]> {
  return explorer.locator('[data-rnn-slot]').allInnerTexts()
}

/** A small seeded generator, so a failure is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

type ContextOptions = Parameters<Browser['newContext']>[0]

/**
 * How a site runs its explorer: the page script (the course and the
 * example sites, the default), or MyST's widget in a shadow root
 * (helpers/myst-explorer.ts).
 */
export interface ExplorerSite {
  /** Open the page, wait until its explorer runs and unfold it. */
  readonly open: (browser: Browser, url: string, options?: ContextOptions) => Promise<Page>
  /** The author's total stated in the page's prose, which no change touches. */
  readonly authorTotal: (page: Page) => Promise<string>
  /** How many formulas of the built table are KaTeX (a widget has no KaTeX). */
  readonly tableMath: number
  /** What axe checks: the explorer, or the element whose shadow root holds it. */
  readonly axeScope: string
}

async function open(browser: Browser, url: string, options: ContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  await page.goto(url)
  // A site may load the script as a module or a client bundle, after the page shows.
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-rnn-explorer'))
  // A site that folds solutions (`solutions: 'collapse'`) folds the explorer's too: the student opens it.
  const folded = page.locator('.rnn-explorer details.rnn-solution:not([open]) > summary')
  for (let count = await folded.count(); count > 0; count--) await folded.first().click()
  return page
}

/** An explorer the page script runs, on a page whose prose has `:rnn[total]{model=classifier}` fourth. */
export const scriptSite: ExplorerSite = {
  open,
  authorTotal: (page) => page.locator('.rnn-number').nth(3).innerText(),
  tableMath: 10,
  axeScope: '.rnn-explorer'
}

/** `steps` (200) random sizes through fields, sliders and keys, the marks and the announced total, then Reset. */
export async function checkExplorerFollows(
  browser: Browser,
  url: string,
  steps = 200,
  site = scriptSite
): Promise<void> {
  const page = await site.open(browser, url, {viewport: {width: 1100, height: 1400}})
  const explorer = page.locator('.rnn-explorer')
  expect(await explorer.count()).toBe(1)
  const fields = explorer.locator('input.rnn-explorer-field')
  const sliders = explorer.locator('input.rnn-explorer-slider')
  expect(await fields.count()).toBe(3)
  expect(await explorer.locator('.rnn-explorer-controls').isVisible()).toBe(true)
  expect(await shown(explorer)).toEqual(expected(author))
  // Every control is labelled with the quantity and its symbol.
  expect(await explorer.getByLabel('Input features (n)', {exact: true}).count()).toBe(1)
  expect(await explorer.getByLabel('Hidden units (h), slider').count()).toBe(1)

  const random = seeded(28)
  const sizes: number[] = [...author]
  for (let step = 0; step < steps; step++) {
    const which = Math.floor(random() * 3)
    const way = Math.floor(random() * 4)
    const field = fields.nth(which)
    const slider = sliders.nth(which)
    const before = sizes[which] as number
    if (way === 0) {
      // Typed into the field with the keyboard.
      const value = 1 + Math.floor(random() * 2000)
      await field.focus()
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type(String(value))
      sizes[which] = value
    } else if (way === 1) {
      // Set with the field's arrow keys.
      await field.focus()
      const up = random() < 0.5 || before === 1
      await page.keyboard.press(up ? 'ArrowUp' : 'ArrowDown')
      sizes[which] = before + (up ? 1 : -1)
    } else if (way === 2) {
      // The slider with its keys: a step, or its ends.
      const max = Number(await slider.getAttribute('max'))
      const key = ['ArrowRight', 'ArrowLeft', 'Home', 'End'][Math.floor(random() * 4)] as string
      const start = Math.min(before, max)
      await slider.focus()
      await page.keyboard.press(key)
      sizes[which] =
        key === 'Home'
          ? 1
          : key === 'End'
            ? max
            : Math.max(1, Math.min(max, start + (key === 'ArrowRight' ? 1 : -1)))
      // A key that leaves the slider where it was fires nothing: the field keeps its own value.
      if (sizes[which] === start && start !== before) sizes[which] = before
    } else {
      // The slider dragged to a value.
      const max = Number(await slider.getAttribute('max'))
      const value = 1 + Math.floor(random() * max)
      await slider.fill(String(value))
      sizes[which] = value
    }

    expect(await fields.nth(which).inputValue(), `step ${step}`).toBe(String(sizes[which]))
    expect(await shown(explorer), `step ${step}: ${sizes.join(', ')}`).toEqual(expected(sizes))
  }

  // The changed counts say what they were; the total is announced politely.
  await fields.nth(0).fill('4')
  await fields.nth(1).fill('5')
  await fields.nth(2).fill('3')
  await fields.nth(0).fill('6')
  const inputWeights = explorer.locator('[data-rnn-slot="2"]')
  expect(await inputWeights.getAttribute('data-rnn-changed')).toBe('')
  expect(await explorer.locator('[data-rnn-slot="2"] + .rnn-explorer-was').innerText()).toBe(
    '(was 20)'
  )
  expect(await explorer.locator('[data-rnn-changed]').count()).toBe(5)
  const status = explorer.getByRole('status')
  expect(await status.innerText()).toBe('Total: 78 parameters.')
  expect(await status.getAttribute('aria-live')).toBe('polite')
  // `:rnn[total]` elsewhere on the page states the author's example, untouched.
  expect(await site.authorTotal(page)).toBe('68')

  await explorer.getByRole('button', {name: 'Reset to the example'}).click()
  expect(await shown(explorer)).toEqual(expected(author))
  expect(await explorer.locator('[data-rnn-changed], .rnn-explorer-was').count()).toBe(0)
  for (const [index, value] of author.entries()) {
    expect(await fields.nth(index).inputValue()).toBe(String(value))
    expect(await sliders.nth(index).inputValue()).toBe(String(value))
  }
  await page.context().close()
}

/** A value out of bounds is said beside its field; the counts stay. */
export async function checkExplorerBounds(
  browser: Browser,
  url: string,
  site = scriptSite
): Promise<void> {
  const page = await site.open(browser, url)
  const explorer = page.locator('.rnn-explorer')
  const units = explorer.getByLabel('Hidden units (h)', {exact: true})
  await units.fill('7')
  const before = await shown(explorer)
  for (const value of ['0', '10000001', '2.5', '']) {
    await units.fill(value)
    expect(await explorer.locator('.rnn-explorer-limit').nth(1).innerText()).toBe(
      'Enter a whole number from 1 to 10,000,000.'
    )
    expect(await units.getAttribute('aria-invalid')).toBe('true')
    expect(await shown(explorer)).toEqual(before)
  }

  await units.fill('9')
  expect(await units.getAttribute('aria-invalid')).toBeNull()
  expect(await shown(explorer)).toEqual(expected([4, 9, 3]))
  await page.context().close()
}

/** Without JavaScript: the static worked solution, the controls hidden. */
export async function checkExplorerWithoutScript(browser: Browser, url: string): Promise<void> {
  const page = await open(browser, url, {javaScriptEnabled: false})
  const explorer = page.locator('.rnn-explorer')
  expect(await explorer.locator('.rnn-explorer-controls').isVisible()).toBe(false)
  expect(await explorer.locator('table').isVisible()).toBe(true)
  expect(await shown(explorer)).toEqual(expected(author))
  expect(await explorer.locator('.rnn-explorer-total').innerText()).toBe(
    'total = 20 + (25 + 5) + (15 + 3) = 68'
  )
  await page.context().close()
}

/** axe after a change, light and dark. */
export async function checkExplorerAxe(
  browser: Browser,
  url: string,
  site = scriptSite
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await site.open(browser, url, {colorScheme})
    const explorer = page.locator('.rnn-explorer')
    await explorer.getByLabel('Input features (n)', {exact: true}).fill('40')
    await explorer.getByLabel('Output nodes (o)', {exact: true}).fill('0')
    expect(await axeViolations(page, {include: site.axeScope}), colorScheme).toEqual([])
    await page.context().close()
  }
}

/**
 * On a 375 px screen nothing of the explorer reaches past the viewport (its
 * table scrolls in its own box); with `wholePage`, the page never scrolls
 * sideways either (a bare unified page has no stylesheet for its other parts).
 */
export async function checkExplorerNarrow(
  browser: Browser,
  url: string,
  wholePage = true,
  site = scriptSite
): Promise<void> {
  const page = await site.open(browser, url, {viewport: {width: 375, height: 800}})
  const explorer = page.locator('.rnn-explorer')
  await explorer.getByLabel('Input features (n)', {exact: true}).fill('1234567')
  const outside = await explorer.evaluate((root) => {
    const viewport = document.documentElement.clientWidth
    return Array.from(root.querySelectorAll('*'))
      .filter((element) => !element.closest('.rnn-scroll'))
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .map((element) => `${element.tagName} ${element.className}`)
  })
  expect(outside).toEqual([])
  if (wholePage) {
    const width = await pageWidth(page)
    expect(width.scrollWidth, width.outside.join('\n')).toBeLessThanOrEqual(width.viewport)
  }
  await page.context().close()
}

/** A choice `vary` allows, made with the keyboard: the rows change, their numbers the core's; Reset brings the built table back. */
export async function checkExplorerChoices(
  browser: Browser,
  url: string,
  site = scriptSite
): Promise<void> {
  const page = await site.open(browser, url)
  const explorer = page.locator('.rnn-explorer')
  const cell = explorer.getByLabel('Cell', {exact: true})
  await cell.focus()
  await page.keyboard.press('ArrowDown')
  expect(await cell.inputValue()).toBe('lstm')
  const analysis = analyseDescription({inputs: 4, units: [5], outputs: [3], cell: 'lstm'})
  if (!analysis.ok) throw new Error('not counted')
  const lstm = slotNumbers(explorerNumbers(analysis.breakdown, {thousandsSeparator: ','}))
  expect(await shown(explorer)).toEqual(lstm.map((number) => number.text))
  expect(await explorer.locator('table .katex').count()).toBe(0)
  expect(await explorer.locator('table').innerText()).toContain('4·n·h = 4 · 4 · 5')
  await explorer.getByLabel('Both directions (bidirectional)').check()
  expect(await explorer.getByRole('status').innerText()).toMatch(/^Total: [\d,]+ parameters\.$/)
  await explorer.getByRole('button', {name: 'Reset to the example'}).click()
  expect(await cell.inputValue()).toBe('rnn')
  expect(await explorer.locator('table .katex').count()).toBe(site.tableMath)
  expect(await shown(explorer)).toEqual(expected(author))
  await page.context().close()
}

/** Every check above, on one page (`wholePage`: see `checkExplorerNarrow`; `steps`: see `checkExplorerFollows`). */
export async function checkExplorerAt(
  browser: Browser,
  url: string,
  wholePage = true,
  steps = 200
): Promise<void> {
  await checkExplorerFollows(browser, url, steps)
  await checkExplorerChoices(browser, url)
  await checkExplorerBounds(browser, url)
  await checkExplorerWithoutScript(browser, url)
  await checkExplorerAxe(browser, url)
  await checkExplorerNarrow(browser, url, wholePage)
}

/** Every check on each of a served site's `paths` (20 random sizes each: a site's build is the slow part; `wholePage`: see `checkExplorerNarrow`). */
export async function checkSiteExplorers(
  url: string,
  paths: readonly string[],
  {steps = 20, wholePage = true}: {steps?: number; wholePage?: boolean} = {}
): Promise<void> {
  const browser = await launchChromium()
  try {
    for (const path of paths) await checkExplorerAt(browser, url + path, wholePage, steps)
  } finally {
    await browser.close()
  }
}
