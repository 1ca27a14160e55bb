import {defineConfig} from 'vitest/config'
import {katexStylesheetModule, katexStylesheetSpecifier} from './scripts/katex-stylesheet.js'
import {
  explorerModule,
  explorerSpecifier,
  selfCheckModule,
  selfCheckSpecifier
} from './scripts/self-check-script.js'

export default defineConfig({
  // The CLI's built-in KaTeX stylesheet, made here as the CLI bundle makes it (scripts/build.js).
  plugins: [
    {
      name: 'katex-stylesheet',
      enforce: 'pre',
      resolveId: (id) => (id === katexStylesheetSpecifier ? '\0katex-stylesheet' : undefined),
      load: (id) => (id === '\0katex-stylesheet' ? katexStylesheetModule() : undefined)
    },
    // The self-check script the CLI inlines, built as scripts/build.js builds it.
    {
      name: 'self-check',
      enforce: 'pre',
      resolveId: (id) => (id === selfCheckSpecifier ? '\0self-check' : undefined),
      load: (id) => (id === '\0self-check' ? selfCheckModule() : undefined)
    },
    // The explorer script the CLI inlines, likewise.
    {
      name: 'explorer',
      enforce: 'pre',
      resolveId: (id) => (id === explorerSpecifier ? '\0explorer' : undefined),
      load: (id) => (id === '\0explorer' ? explorerModule() : undefined)
    }
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Differential tests build real TF.js models on the CPU backend.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // `npm test` runs every test with coverage of src/ and fails below the
    // floor the project keeps. Code no test can reach is removed, not
    // excluded; the only files left out are .d.ts declarations (of modules
    // the build makes), which hold no code. The CLI is measured
    // through its in-process tests (test/helpers/run-cli-in-process.ts).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      // The summary, and the per-file table of the files below 100 %.
      reporter: ['text-summary', ['text', {skipFull: true}]],
      thresholds: {lines: 95, branches: 95}
    }
  }
})
