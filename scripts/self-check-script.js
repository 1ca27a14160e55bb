// The page scripts (the self-check, the explorer), minified for the browser: written to
// dist/self-check.js by scripts/build.js, and inlined by the CLI into
// the pages it renders (the same text in the CLI bundle and in vitest).
import {buildSync} from 'esbuild'

/** What the CLI imports to inline the script into a rendered page. */
export const selfCheckSpecifier = 'remark-rnn:self-check'

/** The script as one minified IIFE for `<script>` or a bundler's side-effect import. */
export function selfCheckScript() {
  return browserBuild('src/browser/self-check.ts', 'iife')
}

/** The widget MyST's themes load for each quiz (dist/self-check-widget.mjs): a minified module whose default export is an anywidget. */
export function selfCheckWidget() {
  return browserBuild('src/browser/self-check-widget.ts', 'esm')
}

/** What the CLI imports to inline the explorer script into a rendered page. */
export const explorerSpecifier = 'remark-rnn:explorer'

/** The explorer script (`remark-rnn/explorer`): one minified IIFE, the counting core inside. */
export function explorerScript() {
  return browserBuild('src/browser/explorer.ts', 'iife')
}

/** The explorer as the widget MyST's themes load (dist/explorer-widget.mjs). */
export function explorerWidget() {
  return browserBuild('src/browser/explorer-widget.ts', 'esm')
}

function browserBuild(entry, format) {
  const result = buildSync({
    absWorkingDir: new URL('..', import.meta.url).pathname,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format,
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    legalComments: 'none',
    write: false
  })
  return result.outputFiles[0].text
}

/** The script as a module exporting its text (how the CLI bundle and vitest import it); built here unless given. */
export function selfCheckModule(script = selfCheckScript()) {
  return `export default ${JSON.stringify(script)}`
}

/** The explorer script as a module exporting its text, as `selfCheckModule`. */
export function explorerModule(script = explorerScript()) {
  return `export default ${JSON.stringify(script)}`
}
