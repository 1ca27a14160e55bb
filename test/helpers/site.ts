import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'

/** An example site's folder under examples/. */
export function siteFolder(name: string): string {
  return fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url))
}

/**
 * Whether a site's dependencies are installed (`npm test` installs them:
 * scripts/install-examples.js). Without them the site tests are skipped
 * with a notice, except under CI=true, where that is a failure.
 */
export function siteInstalled(name: string): boolean {
  if (existsSync(`${siteFolder(name)}node_modules`)) return true
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true but examples/${name} has no node_modules: npm test installs it (scripts/install-examples.js); run \`npm ci --prefix examples/${name}\`.`
    )
  console.warn(
    `\n  ${name} tests skipped: examples/${name} has no node_modules. npm test installs it; or run \`npm ci --prefix examples/${name}\`.\n`
  )
  return false
}

/** Run the site's `npm run build` (or another script); output and status for assertions. */
export function buildSite(name: string, env: Record<string, string> = {}, script = 'build') {
  const result = spawnSync('npm', ['run', script], {
    cwd: siteFolder(name),
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      DOCUSAURUS_TELEMETRY_DISABLED: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0'
    }
  })
  return {status: result.status, output: result.stdout + result.stderr}
}

/** A built page as a hast tree, with helpers to read what a reader sees. */
export function builtPage(path: string) {
  const tree: Root = fromHtml(readFileSync(path, 'utf8'))
  return {
    tree,
    all: (selector: string) => selectAll(selector, tree),
    texts: (selector: string) => selectAll(selector, tree).map((node) => toText(node).trim())
  }
}

/** What every built course page must show, whatever the site generator. */
export function expectCoursePage(
  page: ReturnType<typeof builtPage>,
  expect: (value: unknown) => any
) {
  // The seed example's table: every count, the subtotals and the total.
  const seed = page.all('.rnn[data-rnn-total="68"] table')[0]
  expect(seed).toBeDefined()
  const counts = selectAll('tbody tr td:last-child', seed!).map((cell) => toText(cell).trim())
  expect(counts).toEqual(['20', '25', '5', '15', '3', '20', '30', '18', '50', '68'])
  // Both spellings expanded: the `<…>` leaf (32) and `{…}` containers.
  expect(page.all('.rnn[data-rnn-total="32"]').length).toBeGreaterThan(0)
  expect(page.texts('.rnn-number').slice(0, 5)).toEqual(['20', '30', '18', '68', '50'])
  // Math rendered by KaTeX, none of it failed, none left as source.
  expect(page.all('.katex-display').length).toBeGreaterThanOrEqual(5)
  expect(page.all('.katex-error')).toHaveLength(0)
  expect(page.all('code.language-math')).toHaveLength(0)
  // The quizzes: lettered options, the checked key in the answer.
  const quizzes = page.all('.rnn-quiz')
  expect(quizzes).toHaveLength(7)
  // The quiz with ranges shows one variant, its braces filled in (MDX reads them as expressions).
  const question = toText(selectAll('legend', quizzes[4]!)[0]!)
  const options = selectAll('.rnn-quiz-options label', quizzes[4]!).map((item) =>
    toText(item).trim()
  )
  expect(question).toMatch(/^A layer reads \d input features into \d+ units/)
  expect(options.map((option) => option.replace(/\d+/g, 'N'))).toEqual([
    'A. N, N, N',
    'B. N, N, N',
    'C. N, N, N',
    'D. N, N, N'
  ])
  expect(toText(quizzes[4]!)).toContain('Answer: B')
  expect(
    selectAll('.rnn-quiz-options label', quizzes[0]!).map((item) => toText(item).trim())
  ).toEqual(['A. 16, 9', 'B. 12, 20', 'C. 9, 16', 'D. 20, 12'])
  expect(toText(quizzes[0]!)).toContain('Answer: B')
  expect(toText(quizzes[2]!)).toContain('Answer: C')
  // No directive left unexpanded.
  expect(page.all('.rnn-problem')).toHaveLength(0)
}
