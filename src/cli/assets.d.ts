// Modules the build makes (scripts/build.js for the CLI bundle, vitest.config.ts in tests).

declare module 'katex/dist/katex.min.css?fonts=inline' {
  /** KaTeX's stylesheet with its fonts inlined (scripts/katex-stylesheet.js). */
  const stylesheet: string
  export default stylesheet
}

declare module 'remark-rnn:self-check' {
  /** The self-check script, minified (scripts/self-check-script.js), inlined into rendered pages. */
  const script: string
  export default script
}

declare module 'remark-rnn:explorer' {
  /** The explorer script, minified (scripts/self-check-script.js), inlined into pages with explorers. */
  const script: string
  export default script
}
