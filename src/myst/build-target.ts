// mystmd tells a plugin nothing of what it builds, yet only a website has
// widgets: its exports (Markdown, LaTeX, Typst, PDF, Word, JATS…) stop at an
// `anywidget` node ("Unsupported node type"). So the command line decides.

const exportFlags = new Set([
  '--md',
  '--tex',
  '--typst',
  '--pdf',
  '--docx',
  '--jats',
  '--xml',
  '--meca',
  '--cff',
  '--ipynb',
  '--all'
])
const siteFlags = new Set(['--site', '--html'])

/**
 * Whether this mystmd (or Jupyter Book 2) run builds a website and nothing
 * else: `start`, or `build --site` / `build --html` without an export. A
 * plain `build` writes the pages' own exports beside the site, so it counts
 * as an export run.
 */
export function buildsWebsiteOnly(argv: readonly string[] = process.argv): boolean {
  const [command, ...flags] = argv.slice(2)
  if (command === 'start') return true
  if (command !== 'build') return false
  return flags.some((flag) => siteFlags.has(flag)) && !flags.some((flag) => exportFlags.has(flag))
}
