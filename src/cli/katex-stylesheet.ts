import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * KaTeX's stylesheet from the katex package with its WOFF2 fonts inlined as
 * data URLs, so a rendered page shows the same math offline and anywhere it
 * is copied, with no fonts folder beside it.
 */
export function katexStylesheet(): string {
  const cssPath = fileURLToPath(import.meta.resolve('katex/dist/katex.min.css'))
  const css = readFileSync(cssPath, 'utf8')
  return css.replace(
    /src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)[^;}]*/g,
    (_, font: string) => {
      const data = readFileSync(new URL(font, `file://${cssPath}`)).toString('base64')
      return `src:url(data:font/woff2;base64,${data}) format("woff2")`
    }
  )
}

/** A little layout for previews: readable width, bordered tables, visible problems. */
export const previewStylesheet = `
body{font:16px/1.6 system-ui,sans-serif;max-width:58rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccd;padding:.3rem .6rem}
th{background:#f3f4f8}.rnn-solution{margin:1rem 0}details.rnn-solution>summary{cursor:pointer;font-weight:600}
.katex-display{overflow-x:auto;overflow-y:hidden;padding:.4em 0}
.rnn table td:not(:first-child){white-space:nowrap}
.rnn-problem{border-left:4px solid #c62828;padding-left:.8rem;background:#fff4f4}
.rnn-problem-note{font-size:.9em}.rnn-problem-rule{font-size:.85em;opacity:.8}
.mdx-component{display:block;border:1px dashed #8a8fa8;border-radius:4px;padding:.3rem .6rem;margin:.5rem 0}
span.mdx-component{display:inline;margin:0;padding:0 .3rem}
.mdx-component-name{font:12px/1.4 ui-monospace,monospace;color:#5b6078;margin-right:.4rem}
`
