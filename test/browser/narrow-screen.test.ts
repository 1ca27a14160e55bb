import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, openAllDetails} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {pageWidth, scrollRegions} from '../helpers/page-width.js'
import {runCli} from '../helpers/run-cli.js'

const course = (name: string) =>
  fileURLToPath(new URL(`../../examples/course/${name}`, import.meta.url))

// The example course as `remark-rnn render` writes it: solutions shown, collapsed, and the MDX page.
const renders = [
  ['shown', 'rnn-parameters.md', []],
  ['collapsed', 'rnn-parameters.md', ['--solutions=collapse']],
  ['MDX', 'rnn-parameters.mdx', []]
] as const

describe.runIf(browserAvailable())('the example course on a 375 px phone', () => {
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-narrow-'))
  const pages = new Map<string, string>()
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    for (const [name, input, flags] of renders) {
      const output = join(folder, `${name}.html`)
      const result = runCli(['render', course(input), '-o', output, ...flags])
      expect(result.status, result.stderr).toBe(0)
      pages.set(name, pathToFileURL(output).href)
    }
    browser = await launchChromium()
    page = await browser.newPage({viewport: {width: 375, height: 800}})
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const [name] of renders) {
    it(`${name}: the page never scrolls sideways, with every solution open`, async () => {
      await page.goto(pages.get(name) as string)
      await openAllDetails(page)
      const width = await pageWidth(page)
      expect(width.scrollWidth, `widened by: ${width.outside.join('; ')}`).toBeLessThanOrEqual(375)
      // Nothing sticks out either (the CLI's page has nothing fixed in place).
      expect(width.outside).toEqual([])
      expect(width.unreachable).toEqual([])
    })
  }

  it('puts every table and derivation in a labelled, focusable box that scrolls on its own', async () => {
    await page.goto(pages.get('shown') as string)
    const regions = await scrollRegions(page)
    expect(regions.length).toBeGreaterThan(10)
    for (const region of regions) {
      expect(region.role).toBe('group')
      expect(region.label).toMatch(
        /^(Parameter table|Parameter count|Shapes|Framework summary): \S/
      )
      expect(region.tabIndex).toBe(0)
      expect(region.tallerThanShown, region.label ?? '').toBe(false)
    }
    // At 375 px tables stack their rows; only long derivations still scroll, inside their box.
    expect(
      new Set(regions.filter((region) => region.scrolls).map((region) => region.part))
    ).toEqual(new Set(['katex-display']))
    expect(await page.locator('.rnn table').count()).toBe(
      await page.locator('.rnn .rnn-scroll > table').count()
    )
    expect(await page.locator('.rnn .katex-display').count()).toBe(
      await page.locator('.rnn .rnn-scroll > .katex-display').count()
    )
  })

  it('scrolls a wide derivation with the keyboard alone', async () => {
    await page.goto(pages.get('shown') as string)
    const box = page.locator('.rnn-scroll[aria-label^="Parameter count: simple RNN, 32"]').first()
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    // Tab moves focus through the page until it reaches the box.
    for (let step = 0; step < 50; step++) {
      if (await box.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
  })

  for (const [width, name] of [
    [375, 'shown'],
    [375, 'collapsed'],
    [1280, 'shown']
  ] as const) {
    it(`${name} at ${width} px: no table hides its Count column, and a box that scrolls shows it`, async () => {
      await page.setViewportSize({width, height: 800})
      await page.goto(pages.get(name) as string)
      await openAllDetails(page)
      const boxes = await page.locator('.rnn-scroll').evaluateAll((found) =>
        found.map((box) => {
          const right = box.getBoundingClientRect().right
          const rows = [...(box.querySelector('table')?.tBodies[0]?.rows ?? [])]
          return {
            label: box.getAttribute('aria-label'),
            countHidden: rows.some(
              (row) =>
                (row.cells[row.cells.length - 1]?.getBoundingClientRect().right ?? 0) > right + 1
            ),
            scrolls: box.scrollWidth > box.clientWidth,
            hint: getComputedStyle(box).backgroundImage
          }
        })
      )
      await page.setViewportSize({width: 375, height: 800})
      expect(boxes.filter((box) => box.countHidden).map((box) => box.label)).toEqual([])
      for (const box of boxes.filter((found) => found.scrolls)) {
        // Shadows at the edges with more to see, uncovered only where the box can scroll.
        expect(box.hint, box.label ?? '').toMatch(/radial-gradient.*radial-gradient/)
      }
      if (width === 1280) expect(boxes.filter((box) => box.scrolls)).toEqual([])
    })
  }

  it('passes axe with the boxes (focusable scrolling groups with names)', async () => {
    await page.goto(pages.get('collapsed') as string)
    await openAllDetails(page)
    expect(await axeViolations(page, {include: '.rnn-scroll'})).toEqual([])
  })
})
