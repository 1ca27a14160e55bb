import {existsSync} from 'node:fs'
import type {Browser} from 'playwright-core'
import {chromium} from 'playwright-core'

/** Debian's Chromium; never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium'

/**
 * Whether browser tests can run here. Without Chromium they are skipped with
 * a printed notice, except under CI=true, where a missing browser is a
 * failure (`.ci/run` installs it).
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but ${chromiumPath} is missing: install Debian's chromium (see .ci/run).`
    )
  }

  console.warn(
    `\n  Browser tests skipped: ${chromiumPath} not found. Install it with: apt-get install chromium\n`
  )
  return false
}

/** Headless Chromium with the flags this sandbox needs (no network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}
