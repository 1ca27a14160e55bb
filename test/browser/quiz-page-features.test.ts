import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {selfCheckScript} from '../../scripts/self-check-script.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {toPlainHtml} from '../helpers/pipelines.js'
import {serveFolder} from '../helpers/static-server.js'

// A page with a choice quiz and a two-number question, served over HTTP (the
// browser's storage is per origin) with the self-check script.
const markdown = `
:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" answer=B}
How many input and recurrent parameters?

- 12, 16
- 12, 20
- 20, 16
:::

:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" type=number}
How many input and recurrent parameters?
:::
`

describe.runIf(browserAvailable())(
  'a quiz page’s hint, fields and remembered answers in Chromium',
  () => {
    let browser: Browser
    let page: Page
    let server: Awaited<ReturnType<typeof serveFolder>>

    beforeAll(async () => {
      const {output} = await toPlainHtml(markdown)
      const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-quiz-page-'))
      writeFileSync(
        join(folder, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiz</title></head><body><main>${output}</main><script>${selfCheckScript()}</script></body></html>`
      )
      server = await serveFolder(folder)
      browser = await launchChromium()
      page = await browser.newPage()
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('folds a hint with the formulas in symbols and no number', async () => {
      await page.goto(`${server.url}/`)
      const hint = page.locator('form.rnn-quiz-form').first().locator('details.rnn-quiz-hint')
      expect(await hint.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
      await hint.getByText('Hint').click()
      expect(await hint.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
      const text = await hint.locator('p').innerText()
      expect(text).toBe('input = n·h; recurrent = h·h + h')
      expect(text).not.toMatch(/\d/)
    })

    it('says of each field whether its own number is right, tied to the field', async () => {
      await page.goto(`${server.url}/`)
      const form = page.locator('form.rnn-quiz-form[data-rnn-quiz="number"]')
      const input = form.getByLabel('Input parameters')
      const recurrent = form.getByLabel('Recurrent parameters')
      await input.fill('12')
      await recurrent.fill('21')
      await form.getByRole('button', {name: 'Check'}).click()
      const described = (field: typeof input) =>
        field.evaluate(
          (element) =>
            document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent
        )
      await expect.poll(() => described(recurrent)).toBe('not this number')
      expect(await recurrent.getAttribute('aria-invalid')).toBe('true')
      expect(await described(input)).toBe('right')
      expect(await input.getAttribute('aria-invalid')).toBeNull()
      // The form's own line still names what the two numbers together are.
      expect(await form.getByRole('status').innerText()).toMatch(/^Not the count\./)
    })

    it('still holds the answers after a reload', async () => {
      await page.goto(`${server.url}/`)
      const choice = page.locator('form.rnn-quiz-form[data-rnn-quiz="choice"]')
      await choice.getByLabel('B. 12, 20').check()
      const number = page.locator('form.rnn-quiz-form[data-rnn-quiz="number"]')
      await number.getByLabel('Input parameters').fill('12')
      await number.getByLabel('Recurrent parameters').fill('20')
      await page.reload()
      expect(await choice.getByLabel('B. 12, 20').isChecked()).toBe(true)
      expect(await number.getByLabel('Input parameters').inputValue()).toBe('12')
      expect(await number.getByLabel('Recurrent parameters').inputValue()).toBe('20')
      await number.getByRole('button', {name: 'Check'}).click()
      await expect.poll(() => number.getByRole('status').innerText()).toMatch(/^Right/)
    })
  }
)
