import {copyFileSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, openAllDetails} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {measureDiagrams} from '../helpers/diagram-layout.js'
import {closeSize, pngSize} from '../helpers/png.js'
import {runCli} from '../helpers/run-cli.js'

const examples = new URL('../../examples/', import.meta.url)
// The course rendered as `npm start` renders it, into a folder of this test's
// own: course.test.ts rebuilds examples/out/ at the same time.
const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-diagrams-'))
const pageUrl = (name: string) => pathToFileURL(join(folder, name)).href
const builds = [
  ['rnn-parameters.md', 'rnn-parameters.html'],
  ['rnn-parameters.md', 'rnn-parameters.student.html', '--solutions=collapse'],
  ['rnn-parameters.mdx', 'rnn-parameters-mdx.html']
] as const
const pages = builds.map(([, output]) => output)

describe.runIf(browserAvailable())(
  'diagrams and accessibility of the rendered course in Chromium',
  () => {
    let browser: Browser

    beforeAll(async () => {
      for (const [input, output, ...flags] of builds) {
        const source = fileURLToPath(new URL(`course/${input}`, examples))
        const build = runCli(['render', source, '-o', join(folder, output), ...flags])
        expect(build.status, build.stderr).toBe(0)
      }

      browser = await launchChromium()
    })

    afterAll(async () => {
      await browser?.close()
    })

    for (const width of [1280, 375]) {
      for (const name of pages) {
        it(`${name} at ${width} px: no label overlaps another or leaves its diagram, and labels stay readable`, async () => {
          const page = await browser.newPage({viewport: {width, height: 900}})
          await page.goto(pageUrl(name))
          await openAllDetails(page)
          const reports = await measureDiagrams(page)
          expect(reports).toHaveLength(5)
          for (const report of reports) {
            expect(report.labels).toBeGreaterThan(20)
            expect(report.overlaps).toEqual([])
            expect(report.outside).toEqual([])
            expect(report.fits).toBe(true)
            expect(report.fontPixels).toBeGreaterThanOrEqual(9)
          }

          await page.close()
        })
      }
    }

    it('draws every fixture diagram (each cell, framework, stack, direction) without overlapping labels, at 1280 and 375 px', async () => {
      const folder = new URL('../diagrams/', import.meta.url)
      const svgs = readdirSync(folder)
        .filter((name) => name.endsWith('.svg'))
        .map((name) => readFileSync(new URL(name, folder), 'utf8'))
      for (const width of [1280, 375]) {
        const page = await browser.newPage({viewport: {width, height: 900}})
        await page.setContent(
          `<!doctype html><html lang="en"><body style="margin:0 16px">${svgs.map((svg) => `<div>${svg}</div>`).join('')}</body></html>`
        )
        const reports = await measureDiagrams(page)
        expect(reports).toHaveLength(svgs.length)
        for (const report of reports) {
          expect(report.overlaps).toEqual([])
          expect(report.outside).toEqual([])
          expect(report.fits).toBe(true)
        }

        await page.close()
      }
    })

    it('has a layout check that sees overlapping and escaping labels', async () => {
      const page = await browser.newPage()
      await page.setContent(
        '<svg class="rnn-diagram-svg" viewBox="0 0 100 40" font-size="16"><text x="10" y="20">W 4 × 5</text><text x="20" y="22">b 5</text><text x="80" y="20">far out</text></svg>'
      )
      const [report] = await measureDiagrams(page)
      expect(report?.overlaps).toEqual(['“W 4 × 5” and “b 5”'])
      expect(report?.outside).toEqual(['far out'])
      await page.close()
    })

    // Every page in the light scheme; the dark scheme changes only the diagrams' colours, so one page.
    for (const [colorScheme, names] of [
      ['light', pages],
      ['dark', pages.slice(0, 1)]
    ] as const) {
      it(`axe finds no violation on the preview pages (${colorScheme} scheme, solutions open and closed)`, async () => {
        const page = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme})
        for (const name of names) {
          await page.goto(pageUrl(name))
          expect(await axeViolations(page), name).toEqual([])
          await openAllDetails(page)
          expect(await axeViolations(page), `${name}, details open`).toEqual([])
        }

        await page.close()
      })
    }

    it('follows the colour scheme: light by default, dark under prefers-color-scheme', async () => {
      const background = async (colorScheme: 'light' | 'dark') => {
        const page = await browser.newPage({colorScheme})
        await page.goto(pageUrl('rnn-parameters.html'))
        const fill = await page
          .locator('svg.rnn-diagram-svg .rnn-d-bg')
          .first()
          .evaluate((rect) => getComputedStyle(rect).fill)
        await page.close()
        return fill
      }

      expect(await background('light')).toBe('rgb(255, 255, 255)')
      expect(await background('dark')).toBe('rgb(13, 17, 23)')
    })

    it('takes screenshots of the seed example’s diagram, light and dark, wide and narrow, the sizes of the README’s', async () => {
      const shots = [
        ['diagram.png', 1280, 'light'],
        ['diagram-dark.png', 1280, 'dark'],
        ['diagram-narrow.png', 375, 'light']
      ] as const
      for (const [file, width, colorScheme] of shots) {
        const page = await browser.newPage({viewport: {width, height: 900}, colorScheme})
        await page.goto(pageUrl('rnn-parameters.html'))
        const shot = join(folder, file)
        await page.locator('.rnn[data-rnn-total="68"] .rnn-diagram svg').screenshot({path: shot})
        const kept = new URL(file, examples)
        // `UPDATE=1 npm test` refreshes the screenshots kept in the repository.
        if (process.env.UPDATE === '1') copyFileSync(shot, fileURLToPath(kept))
        await page.close()
        const size = pngSize(shot)
        // The narrow page's diagram fits its 375 px column.
        expect(size.width, file).toBeLessThanOrEqual(width)
        expect(size, `${file}: run UPDATE=1 npm test if the change is meant`).toSatisfy(
          (taken: {width: number; height: number}) => closeSize(taken, pngSize(kept))
        )
      }

      // The dark scheme draws other colours, not the same picture.
      expect(readFileSync(join(folder, 'diagram-dark.png'))).not.toEqual(
        readFileSync(join(folder, 'diagram.png'))
      )
    })
  }
)
