import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** One axe violation, short enough to read in a failed assertion. */
export interface Violation {
  readonly id: string
  readonly impact: string | null | undefined
  readonly targets: readonly string[]
}

/**
 * Run axe-core (injected from the devDependency, never fetched) in the page
 * and return its violations; `include` limits the check to what matches it.
 */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  await page.addScriptTag({content: axeSource})
  return page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: Array<{id: string; impact?: string | null; nodes: Array<{target: unknown[]}>}>}>}}).axe
    const context = selector ? {include: [selector]} : document
    const result = await axe.run(context, {resultTypes: ['violations']})
    return result.violations.map((violation) => ({id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' '))}))
  }, include)
}

/** Open every `<details>` so that collapsed solutions are checked and measured too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
}
