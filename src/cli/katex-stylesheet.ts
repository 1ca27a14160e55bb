import stylesheet from 'katex/dist/katex.min.css?fonts=inline'

/**
 * KaTeX's stylesheet with its WOFF2 fonts inlined as data URLs, so a rendered
 * page shows the same math offline and anywhere it is copied. It is built in
 * (scripts/katex-stylesheet.js) from the same katex that renders the markup,
 * as the CLI ships as one bundle without a katex package beside it.
 */
export function katexStylesheet(): string {
  return stylesheet
}

/** A little layout for previews: readable width, bordered tables, visible problems. */
export const previewStylesheet = `
body{font:16px/1.6 system-ui,sans-serif;max-width:58rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
.hljs-keyword,.hljs-meta{color:#8e1f8c}.hljs-string{color:#2b6e2b}.hljs-number,.hljs-literal{color:#8a4b00}
.hljs-comment{color:#5c5f66;font-style:italic}.hljs-built_in,.hljs-title{color:#1f56c4}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccd;padding:.3rem .6rem}
th{background:#f3f4f8}.rnn-solution{margin:1rem 0}details.rnn-solution>summary{cursor:pointer;font-weight:600}
.katex-display{overflow-x:auto;overflow-y:hidden;padding:.4em 0}
.rnn-scroll>.katex-display{overflow:visible}
pre{overflow-x:auto}
.rnn table td:last-child{white-space:nowrap}
.rnn-scroll{background:linear-gradient(to right,#fff 30%,#fff0) left/2.5rem 100% no-repeat local,linear-gradient(to left,#fff 30%,#fff0) right/2.5rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,#0004,#0000) left/1rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,#0004,#0000) right/1rem 100% no-repeat scroll}
@media (max-width:40rem){.rnn-scroll>table,.rnn-scroll>table>tbody,.rnn-scroll>table>tbody>tr,.rnn-scroll>table>tbody>tr>td{display:block}
.rnn-scroll>table>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.rnn-scroll>table>tbody>tr{border:1px solid #ccd;margin:.5rem 0;padding:.2rem .6rem}
.rnn-scroll>table>tbody>tr>td{border:0;padding:.1rem 0;text-align:left}
.rnn-scroll>table>tbody>tr>td:empty{display:none}
.rnn-scroll>table>tbody>tr>td::before{content:attr(data-label) ": ";font-weight:600}}
.rnn-problem{border-left:4px solid #c62828;padding-left:.8rem;background:#fff4f4}
.rnn-problem-note{font-size:.9em}.rnn-problem-rule{font-size:.85em;opacity:.8}
.mdx-component{display:block;border:1px dashed #8a8fa8;border-radius:4px;padding:.3rem .6rem;margin:.5rem 0}
span.mdx-component{display:inline;margin:0;padding:0 .3rem}
.mdx-component-name{font:12px/1.4 ui-monospace,monospace;color:#5b6078;margin-right:.4rem}
`
