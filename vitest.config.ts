import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Differential tests build real TF.js models on the CPU backend.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
