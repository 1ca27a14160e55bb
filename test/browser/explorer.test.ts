// The explorer on the example course (rendered by the CLI, the script
// inline) in Chromium: the checks of test/helpers/explorer.ts.
import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {
  checkExplorerAxe,
  checkExplorerBounds,
  checkExplorerChoices,
  checkExplorerFollows,
  checkExplorerNarrow,
  checkExplorerWithoutScript
} from '../helpers/explorer.js'

const course = fileURLToPath(new URL('../../examples/course/rnn-parameters.md', import.meta.url))
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))

describe.runIf(browserAvailable())('the explorer on the example course in Chromium', () => {
  let browser: Browser
  let url: string

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-explorer-'))
    const page = join(folder, 'course.html')
    const render = spawnSync(process.execPath, [cli, 'render', course, '-o', page], {
      encoding: 'utf8'
    })
    expect(render.status, render.stderr).toBe(0)
    url = pathToFileURL(page).href
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('follows 200 random sizes set with fields, sliders and keys, then resets', () =>
    checkExplorerFollows(browser, url))
  it('changes the cell with the keyboard, its rows written anew, and resets', () =>
    checkExplorerChoices(browser, url))
  it('says beside a field when its value is out of bounds, and keeps the last counts', () =>
    checkExplorerBounds(browser, url))
  it('shows the static worked solution without JavaScript, the controls hidden', () =>
    checkExplorerWithoutScript(browser, url))
  it('passes axe after a change, in the light and the dark scheme', () =>
    checkExplorerAxe(browser, url))
  it('fits a 375 px screen without sideways scrolling', () => checkExplorerNarrow(browser, url))
})
