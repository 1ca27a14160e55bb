import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {runCliInProcess} from '../helpers/run-cli-in-process.js'

// Each of these ran as soon as the `.mdx` preview opened (issue 32).
const scripts = [
  '<img src="x" onError="alert(1)" />',
  '<svg onLoad="alert(2)"><circle r="1" /></svg>',
  '<script src="data:text/javascript,alert(3)"></script>',
  '<iframe srcDoc="<script>parent.alert(4)</script>" />',
  '<body onLoad="alert(5)" />',
  '<details open onToggle="alert(6)"><summary>More</summary>text</details>'
]

const page = `# Hostile

${scripts.join('\n\n')}

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
A question with ${scripts.slice(0, 4).join(' ')} inside.

- 32
- 28
:::
`

describe.runIf(browserAvailable())('the .mdx preview of a hostile page in Chromium', () => {
  let browser: Browser
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-hostile-browser-'))

  beforeAll(async () => {
    writeFileSync(join(folder, 'hostile.mdx'), page)
    const result = await runCliInProcess([
      'render',
      join(folder, 'hostile.mdx'),
      '-o',
      join(folder, 'hostile.html')
    ])
    expect(result.status, result.stderr).toBe(0)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('runs none of the page’s scripts, and remark-rnn’s self-check still runs', async () => {
    const tab = await browser.newPage()
    const dialogs: string[] = []
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    // Every handler above would have run by the load event (images and frames included).
    await tab.goto(pathToFileURL(join(folder, 'hostile.html')).href, {waitUntil: 'load'})
    await tab.click('details summary')
    expect(dialogs).toEqual([])
    expect(await tab.getAttribute('html', 'data-rnn-self-check')).toBe('')
    await tab.close()
  })
})
