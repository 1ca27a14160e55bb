// KaTeX's stylesheet with its WOFF2 fonts inlined as data URLs, read at build
// time from the katex package that rehype-katex renders with, so the CLI
// carries it and a rendered page shows the math offline.
// Shared by the CLI bundle (scripts/build.js) and the tests (vitest.config.ts).
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

/** The import specifier `src/cli/katex-stylesheet.ts` uses for the stylesheet string. */
export const katexStylesheetSpecifier = 'katex/dist/katex.min.css?fonts=inline'

export function inlinedKatexStylesheet() {
  // The katex that rehype-katex itself imports, so the two cannot differ.
  const require = createRequire(import.meta.resolve('rehype-katex'))
  const cssPath = require.resolve('katex/dist/katex.min.css')
  const css = readFileSync(cssPath, 'utf8')
  return css.replace(/src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)[^;}]*/g, (_, font) => {
    const data = readFileSync(new URL(font, `file://${cssPath}`)).toString('base64')
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`
  })
}

/** The module that specifier stands for: the stylesheet as its default export. */
export function katexStylesheetModule() {
  return `export default ${JSON.stringify(inlinedKatexStylesheet())}\n`
}
