// Modules the build makes (scripts/build.js for the CLI bundle, vitest.config.ts in tests).

declare module 'katex/dist/katex.min.css?fonts=inline' {
  /** KaTeX's stylesheet with its fonts inlined (scripts/katex-stylesheet.js). */
  const stylesheet: string
  export default stylesheet
}
