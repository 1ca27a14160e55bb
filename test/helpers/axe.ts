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

/** What axe checks: everything, or what matches `include` without what matches `exclude`. */
export interface AxeScope {
  readonly include?: string | undefined
  readonly exclude?: string | undefined
}

/**
 * Run axe-core (injected from the devDependency, never fetched) in the page
 * and return its violations within `scope`.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<Violation[]> {
  await page.addScriptTag({content: axeSource})
  return page.evaluate(
    async ({include, exclude}) => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown
            ) => Promise<{
              violations: Array<{
                id: string
                impact?: string | null
                nodes: Array<{target: unknown[]}>
              }>
            }>
          }
        }
      ).axe
      const context =
        include || exclude
          ? {include: [include ?? 'html'], exclude: exclude ? [exclude] : []}
          : document
      const result = await axe.run(context, {resultTypes: ['violations']})
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' '))
      }))
    },
    {include: scope.include, exclude: scope.exclude}
  )
}

/** Open every `<details>` so that collapsed solutions are checked and measured too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
}
