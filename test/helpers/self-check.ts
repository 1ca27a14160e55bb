import type {Locator, Page} from 'playwright-core'
import {expect} from 'vitest'
import {axeViolations} from './axe.js'
import {launchChromium} from './browser.js'
import {serveFolder} from './static-server.js'

// What every page built from the example course must do with its quizzes:
// the first choice quiz (3 inputs, 4 units, ask input and recurrent; B is
// 12, 20, D the reversed 20, 12) and the number question (an LSTM with 2
// inputs and 3 units: 72; 60 is the recurrent bias forgotten).
const rightChoice = 'Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.'
const swapped = 'Not this one: the right numbers in the wrong order.'

function choiceForm(page: Page): Locator {
  return page.locator('form.rnn-quiz-form[data-rnn-quiz="choice"]').first()
}

function numberForm(page: Page): Locator {
  return page.locator('form.rnn-quiz-form[data-rnn-quiz="number"]').first()
}

/** The status line says `text`, and the accessibility tree has it in a live region (what a screen reader announces). */
async function expectAnnounced(form: Locator, text: string | RegExp): Promise<void> {
  const status = form.getByRole('status')
  await expect
    .poll(() => status.innerText())
    .toMatch(text instanceof RegExp ? text : new RegExp(`^${escape(text)}$`))
  expect(await status.getAttribute('aria-live')).toBe('polite')
  expect(await status.ariaSnapshot()).toContain('- status:')
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** Pick the reversed option, then the right one, each checked with the button. */
export async function checkChoiceQuiz(page: Page): Promise<void> {
  const form = choiceForm(page)
  const fold = form.locator('xpath=following-sibling::*[contains(@class, "rnn-solution")]').first()
  await form.getByLabel('D. 20, 12').check()
  await form.getByRole('button', {name: 'Check'}).click()
  await expectAnnounced(form, swapped)
  await form.getByLabel('B. 12, 20').check()
  // A changed answer clears the old verdict until the next Check.
  expect(await form.getByRole('status').innerText()).toBe('')
  await form.getByRole('button', {name: 'Check'}).click()
  await expectAnnounced(form, rightChoice)
  // The full answer stays folded (or, in a teacher's build, is shown as it was).
  if ((await fold.evaluate((element) => element.tagName)) === 'DETAILS')
    expect(await fold.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
}

/** Type a mistake's number, a decimal, another number and the right one. */
export async function checkNumberQuiz(page: Page): Promise<void> {
  const form = numberForm(page)
  const field = form.getByLabel('Without the output layer')
  const check = form.getByRole('button', {name: 'Check'})
  for (const [typed, said] of [
    ['60', '60: the recurrent bias forgotten.'],
    ['7.2', 'Type a whole number in digits, such as 1234, 1,234 or 1 234.'],
    ['seventy-two', 'Type a whole number in digits, such as 1234, 1,234 or 1 234.'],
    ['1,000', /^Not the count\. /],
    ['72', 'Right: rnn = 24 + 48 = 72.']
  ] as const) {
    await field.fill(typed)
    await check.click()
    await expectAnnounced(form, said)
  }

  // The hint gives nothing away.
  await field.fill('5')
  await check.click()
  expect(await form.getByRole('status').innerText()).not.toMatch(/72/)
}

async function tabTo(page: Page, selector: string): Promise<void> {
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return
  }

  throw new Error(`Tab never reached ${selector}`)
}

/** Answer both quizzes and (where answers are folded) open one with the keyboard only. */
export async function checkKeyboard(page: Page, folded: boolean): Promise<void> {
  // A fresh visit: the page would otherwise put back answers an earlier check left.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.locator('body').focus()
  const choice = 'form.rnn-quiz-form[data-rnn-quiz="choice"] input[type="radio"]'
  await tabTo(page, choice)
  // Arrows move through the options and choose; Tab leaves the group for Check.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check')
  await page.keyboard.press('Enter')
  await expectAnnounced(choiceForm(page), rightChoice)
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expectAnnounced(choiceForm(page), swapped)

  await tabTo(page, 'form.rnn-quiz-form[data-rnn-quiz="number"] input.rnn-quiz-number')
  await page.keyboard.type('60')
  // Enter in the field checks, as in any form.
  await page.keyboard.press('Enter')
  await expectAnnounced(numberForm(page), '60: the recurrent bias forgotten.')
  if (!folded) return
  // Past Check, the answer's fold opens with Enter.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
  await page.keyboard.press('Enter')
  expect(await page.evaluate(() => document.activeElement?.closest('details')?.open)).toBe(true)
}

/** Without JavaScript a choice quiz still answers: choosing reveals that option's feedback. */
export async function checkJavaScriptOff(page: Page): Promise<void> {
  const form = choiceForm(page)
  const feedback = (label: string) =>
    form.locator('.rnn-quiz-option', {has: page.getByLabel(label)}).locator('.rnn-quiz-feedback')
  expect(await form.getByRole('button', {name: 'Check'}).isVisible()).toBe(false)
  expect(await feedback('D. 20, 12').isVisible()).toBe(false)
  await form.getByLabel('D. 20, 12').check()
  expect(await feedback('D. 20, 12').innerText()).toBe(swapped)
  expect(await feedback('B. 12, 20').isVisible()).toBe(false)
  await form.getByLabel('B. 12, 20').check()
  expect(await feedback('B. 12, 20').innerText()).toBe(rightChoice)
  expect(await feedback('D. 20, 12').isVisible()).toBe(false)
  // A number question needs the script; its answer is behind the fold, as before.
  const fold = numberForm(page).locator(
    'xpath=following-sibling::*[contains(@class, "rnn-solution")]'
  )
  expect(await fold.count()).toBe(1)
}

/**
 * Answer a served site's course pages' quizzes in Chromium: a wrong and the
 * right option, typed numbers, the keyboard only, JavaScript off; axe finds
 * nothing in the answered forms, in the light and dark scheme. Callers run
 * it only where `browserAvailable()`.
 */
export async function checkQuizzesAt(
  url: string,
  paths: readonly string[],
  folded: boolean
): Promise<void> {
  const browser = await launchChromium()
  try {
    for (const path of paths) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({colorScheme})
        const page = await context.newPage()
        await page.goto(url + path)
        await page.waitForFunction(() =>
          document.documentElement.hasAttribute('data-rnn-self-check')
        )
        await checkChoiceQuiz(page)
        await checkNumberQuiz(page)
        expect(
          await axeViolations(page, {include: 'form.rnn-quiz-form'}),
          `${path}, ${colorScheme}`
        ).toEqual([])
        await page.reload()
        await page.waitForFunction(() =>
          document.documentElement.hasAttribute('data-rnn-self-check')
        )
        await checkKeyboard(page, folded)
        await context.close()
      }

      const off = await browser.newContext({javaScriptEnabled: false})
      const page = await off.newPage()
      await page.goto(url + path)
      await checkJavaScriptOff(page)
      await off.close()
    }
  } finally {
    await browser.close()
  }
}

/** Serve a built site's folder (static files) and answer its quizzes: `checkQuizzesAt`. */
export async function checkSiteQuizzes(
  folder: string,
  paths: readonly string[],
  folded: boolean
): Promise<void> {
  const server = await serveFolder(folder)
  try {
    await checkQuizzesAt(server.url, paths, folded)
  } finally {
    await server.close()
  }
}
