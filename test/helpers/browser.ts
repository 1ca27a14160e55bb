import {existsSync} from 'node:fs'
import type {Browser} from 'playwright-core'
import {chromium} from 'playwright-core'
import {onPath, requireDebianTool} from './debian.js'

/** Debian's Chromium; never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium'

/**
 * Whether browser tests can run here: without Debian's Chromium they are
 * skipped with a notice, and fail under CI=true (see helpers/debian.ts).
 */
export function browserAvailable(): boolean {
  return requireDebianTool('chromium', 'chromium', {
    probe: () => onPath('chromium') && existsSync(chromiumPath),
    skips: 'the browser tests'
  })
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
