import {spawnSync} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/axe.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {
  checkChoiceQuiz,
  checkJavaScriptOff,
  checkKeyboard,
  checkNumberQuiz
} from '../helpers/self-check.js'

const examples = new URL('../../examples/', import.meta.url)
const student = pathToFileURL(
  fileURLToPath(new URL('out/rnn-parameters.student.html', examples))
).href

describe.runIf(browserAvailable())(
  'the self-check quizzes of the example course in Chromium',
  () => {
    let browser: Browser
    let page: Page

    beforeAll(async () => {
      // The student version, as `npm start` renders it (`--solutions=collapse`).
      const build = spawnSync(process.execPath, [fileURLToPath(new URL('build.js', examples))], {
        encoding: 'utf8'
      })
      expect(build.status, build.stderr).toBe(0)
      browser = await launchChromium()
      page = await browser.newPage({viewport: {width: 1100, height: 1400}})
    })

    afterAll(async () => {
      await browser?.close()
    })

    it('names a wrong option’s mistake and shows the right one’s computation, announced', async () => {
      await page.goto(student)
      await checkChoiceQuiz(page)
    })

    it('answers a typed number: a mistake’s value, a decimal, another number, the right one', async () => {
      await page.goto(student)
      await checkNumberQuiz(page)
    })

    it('works with the keyboard only', async () => {
      await page.goto(student)
      await checkKeyboard(page, true)
    })

    it('still works as a choice quiz with JavaScript off', async () => {
      const context = await browser.newContext({javaScriptEnabled: false})
      try {
        const off = await context.newPage()
        await off.goto(student)
        await checkJavaScriptOff(off)
      } finally {
        await context.close()
      }
    })

    it('is clean for axe, light and dark, before and after an answer', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({colorScheme})
        const themed = await context.newPage()
        await themed.goto(student)
        expect(await axeViolations(themed), colorScheme).toEqual([])
        await checkChoiceQuiz(themed)
        await checkNumberQuiz(themed)
        expect(await axeViolations(themed), `${colorScheme}, answered`).toEqual([])
        // The dark scheme reaches the form: its marks take the dark palette.
        const border = await themed
          .locator('form.rnn-quiz-form fieldset')
          .first()
          .evaluate((element) => getComputedStyle(element).borderTopColor)
        expect(border).toBe(colorScheme === 'dark' ? 'rgb(110, 118, 129)' : 'rgb(140, 149, 159)')
        await context.close()
      }
    })
  }
)
