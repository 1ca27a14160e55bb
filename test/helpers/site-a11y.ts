import {expect} from 'vitest'
import type {AxeScope} from './axe.js'
import {axeViolations, openAllDetails} from './axe.js'
import {launchChromium} from './browser.js'
import {measureDiagrams} from './diagram-layout.js'
import {pageWidth} from './page-width.js'
import {serveFolder} from './static-server.js'

/**
 * Serve a built site and check each page in Chromium at 1280 and 375 px:
 * axe finds no violation in `scope` (a site theme's own markup, such as its
 * code highlighter's colours, is not ours to fix), solutions open and
 * closed, every diagram's labels neither overlap nor leave the picture, and
 * at 375 px the page never scrolls sideways. Callers run it only where
 * `browserAvailable()`.
 */
export async function checkSitePages(
  folder: string,
  paths: readonly string[],
  scope: AxeScope,
  themeAttribute = false
): Promise<void> {
  const server = await serveFolder(folder)
  const browser = await launchChromium()
  try {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({viewport: {width, height: 900}})
      for (const path of paths) {
        await page.goto(server.url + path)
        if (width === 1280)
          expect(await axeViolations(page, scope), `${path}, solutions closed`).toEqual([])
        await openAllDetails(page)
        if (width === 1280)
          expect(await axeViolations(page, scope), `${path}, solutions open`).toEqual([])
        if (width === 375) {
          // Wide tables and math scroll in their own boxes: the page itself never scrolls sideways.
          const measured = await pageWidth(page)
          expect(
            measured.scrollWidth,
            `${path} at 375 px, widened by: ${measured.outside.join('; ')}`
          ).toBeLessThanOrEqual(375)
          // What scrolls instead is our focusable box, not a part a keyboard cannot reach.
          expect(measured.unreachable, `${path} at 375 px`).toEqual([])
        }
        const diagrams = await measureDiagrams(page)
        expect(diagrams.length, path).toBeGreaterThan(0)
        for (const diagram of diagrams) {
          expect(diagram.overlaps, `${path} at ${width} px`).toEqual([])
          expect(diagram.outside, `${path} at ${width} px`).toEqual([])
          expect(diagram.fits, `${path} at ${width} px`).toBe(true)
          expect(diagram.fontPixels, `${path} at ${width} px`).toBeGreaterThanOrEqual(9)
        }
      }

      await page.close()
    }

    // Docusaurus's theme switch sets `data-theme` on <html>; the diagrams follow it, whatever the system prefers.
    if (themeAttribute) {
      for (const [colorScheme, theme, fill] of [
        ['light', 'dark', 'rgb(13, 17, 23)'],
        ['dark', 'light', 'rgb(255, 255, 255)']
      ] as const) {
        const page = await browser.newPage({colorScheme})
        await page.goto(server.url + (paths[0] ?? '/'))
        await page.evaluate(
          (value) => document.documentElement.setAttribute('data-theme', value),
          theme
        )
        const background = await page
          .locator('svg.rnn-diagram-svg .rnn-d-bg')
          .first()
          .evaluate((rect) => getComputedStyle(rect).fill)
        expect(background, `data-theme=${theme} with a ${colorScheme} system`).toBe(fill)
        if (theme === 'dark')
          expect(await axeViolations(page, scope), 'data-theme=dark').toEqual([])
        await page.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
