import {defineConfig} from 'vitest/config'
import {katexStylesheetModule, katexStylesheetSpecifier} from './scripts/katex-stylesheet.js'

export default defineConfig({
  // The CLI's built-in KaTeX stylesheet, made here as the CLI bundle makes it (scripts/build.js).
  plugins: [
    {
      name: 'katex-stylesheet',
      enforce: 'pre',
      resolveId: (id) => (id === katexStylesheetSpecifier ? '\0katex-stylesheet' : undefined),
      load: (id) => (id === '\0katex-stylesheet' ? katexStylesheetModule() : undefined)
    }
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Differential tests build real TF.js models on the CPU backend.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // `npm run coverage`: what the tests run of src/, with the floor the
    // project keeps (code no test can reach is removed, not excluded).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {lines: 95, branches: 95}
    }
  }
})
