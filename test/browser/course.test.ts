import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {closeSize, pngSize} from '../helpers/png.js'

const examples = new URL('../../examples/', import.meta.url)
const pageUrl = (name: string) =>
  pathToFileURL(fileURLToPath(new URL(`out/${name}`, examples))).href

describe.runIf(browserAvailable())('the example course in Chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    // Render the course exactly as `npm start` does.
    const build = spawnSync(process.execPath, [fileURLToPath(new URL('build.js', examples))], {
      encoding: 'utf8'
    })
    expect(build.status, build.stderr).toBe(0)
    // The student's page first, each named for what it is.
    expect(build.stdout.slice(build.stdout.indexOf('Open in a browser:')).split('\n')).toEqual([
      'Open in a browser:',
      '  examples/out/rnn-parameters.student.html  the student’s page: solutions and answers folded',
      '  examples/out/rnn-parameters.html          the teacher’s page: every solution and answer shown',
      ''
    ])
    browser = await launchChromium()
    page = await browser.newPage({viewport: {width: 1100, height: 1400}})
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('titles the page after its heading, in standards mode, Python highlighted', async () => {
    await page.goto(pageUrl('rnn-parameters.student.html'))
    expect(await page.title()).toBe(await page.locator('h1').first().innerText())
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat')
    const keyword = page.locator('code.language-python .hljs-keyword').first()
    expect(await keyword.evaluate((node) => getComputedStyle(node).color)).toBe('rgb(142, 31, 140)')
  })

  it('shows the worked table of the seed example with its numbers', async () => {
    await page.goto(pageUrl('rnn-parameters.html'))
    const table = page.locator('.rnn[data-rnn-total="68"] table').first()
    const counts = await table.locator('tbody tr td:last-child').allInnerTexts()
    expect(counts).toEqual(['20', '25', '5', '15', '3', '20', '30', '18', '50', '68'])
    const totalRow = await table.locator('tbody tr').last().innerText()
    expect(totalRow).toContain('20 + (25 + 5) + (15 + 3)')
    expect(await page.locator('.rnn-number').first().innerText()).toBe('20')
  })

  it('renders every formula with KaTeX, in KaTeX’s own fonts, without errors', async () => {
    await page.goto(pageUrl('rnn-parameters.html'))
    expect(await page.locator('.katex-error').count()).toBe(0)
    expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(5)
    const fontsReady = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px KaTeX_Main')
    })
    expect(fontsReady).toBe(true)
    // The derivation ends in the seed's total.
    const derivation = await page
      .locator('.rnn[data-rnn-total="68"] .katex-display')
      .first()
      .innerText()
    expect(derivation.replace(/\s+/g, '')).toContain('=68')
  })

  it('keeps the student version’s solutions collapsed until a click', async () => {
    await page.goto(pageUrl('rnn-parameters.student.html'))
    const details = page.locator('details.rnn-solution').first()
    const table = details.locator('table')
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
    expect(await table.isVisible()).toBe(false)
    await details.locator('summary').click()
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    expect(await table.isVisible()).toBe(true)
    expect(await details.locator('summary').innerText()).toBe(
      'Worked solution: simple RNN, 4 inputs, 5 units, 3 outputs (diagram, table, derivation and shapes)'
    )
  })

  it('shows quizzes with lettered options and the answer behind a click', async () => {
    await page.goto(pageUrl('rnn-parameters.student.html'))
    const quiz = page.locator('.rnn-quiz').first()
    expect(await quiz.locator('.rnn-quiz-options label').allInnerTexts()).toEqual([
      'A. 16, 9',
      'B. 12, 20',
      'C. 9, 16',
      'D. 20, 12'
    ])
    const answer = quiz.locator('details.rnn-solution')
    expect(await answer.getByText('Answer: B').isVisible()).toBe(false)
    await answer.locator('summary').click()
    expect(await answer.getByText('Answer: B').isVisible()).toBe(true)
    expect(await page.locator('.rnn-quiz').count()).toBe(7)
  })

  it('renders the MDX version the same way', async () => {
    await page.goto(pageUrl('rnn-parameters-mdx.html'))
    expect(await page.locator('aside.note').innerText()).toContain('MDX version')
    expect(
      await page
        .locator('.rnn[data-rnn-total="68"] table tbody tr td:last-child')
        .last()
        .innerText()
    ).toBe('68')
    expect(await page.locator('.katex-error').count()).toBe(0)
  })

  it('shows a broken directive’s reasons on the page, not only in a tooltip', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'remark-rnn-browser-')), 'wrong-keys.html')
    const cli = fileURLToPath(new URL('../dist/cli/main.js', examples))
    const render = spawnSync(
      process.execPath,
      [cli, 'render', fileURLToPath(new URL('wrong-keys/quiz.md', examples)), '-o', out],
      {encoding: 'utf8'}
    )
    expect(render.status).toBe(1)
    await page.goto(pathToFileURL(out).href)
    const note = page.locator('ul.rnn-problem-note').first()
    expect(await note.isVisible()).toBe(true)
    expect(await note.innerText()).toMatch(/^Answer B, not D: .* wrong-key$/)
    expect(await note.evaluate((element) => getComputedStyle(element).color)).toBe(
      'rgb(183, 28, 28)'
    )
    const inline = page.locator('span.rnn-problem-note')
    expect(await inline.isVisible()).toBe(true)
    expect(await inline.innerText()).toContain(
      'The text says total = 86, but this network has 68 (total). wrong-number'
    )
  })

  it('shows the Embedding network with its Keras and PyTorch summary and code', async () => {
    for (const name of ['rnn-parameters.html', 'rnn-parameters-mdx.html']) {
      await page.goto(pageUrl(name))
      const keras = page.locator('.rnn[data-rnn-total="322113"]').nth(1)
      expect(await keras.locator('table tbody tr td:first-child').allInnerTexts()).toContain(
        'simple_rnn (SimpleRNN)'
      )
      expect(await keras.locator('pre > code.language-python').innerText()).toContain(
        'layers.Embedding(10000, 32)'
      )
      const torch = page.locator('.rnn[data-rnn-total="322145"]')
      expect(await torch.locator('pre > code.language-python').innerText()).toContain(
        'nn.Embedding(10000, 32)'
      )
    }
  })

  it('takes a screenshot of the worked example the size of the one in the README', async () => {
    await page.goto(pageUrl('rnn-parameters.html'))
    // The table and derivation only: the diagram has screenshots of its own (diagrams.test.ts).
    await page.addStyleTag({content: '.rnn-diagram{display:none}'})
    const shot = fileURLToPath(new URL('out/worked-example.png', examples))
    const solution = page.locator('.rnn:not(.rnn-explorer)[data-rnn-total="68"]')
    await solution.screenshot({path: shot})
    // What the picture shows: the table and the derivation, and no diagram.
    expect(await solution.locator('table').isVisible()).toBe(true)
    expect(await solution.locator('.katex-display').first().isVisible()).toBe(true)
    expect(await solution.locator('.rnn-diagram').isVisible()).toBe(false)
    const kept = new URL('screenshot.png', examples)
    // `UPDATE=1 npm test` refreshes the screenshot kept in the repository.
    if (process.env.UPDATE === '1') copyFileSync(shot, fileURLToPath(kept))
    // A layout that lost or doubled a part changes the size far beyond font differences.
    expect(pngSize(shot), 'run UPDATE=1 npm test if the change is meant').toSatisfy(
      (size: {width: number; height: number}) => closeSize(size, pngSize(kept))
    )
  })
})
