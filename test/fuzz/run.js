// `npm run fuzz`: the property tests for at least 100,000 cases in all,
// against the built plugin and the core and render modules they check
// (internal, so bundled here from src/). Prints each property's count and
// time, exits 1 on the first counterexample (fast-check prints it, with its seed).
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import fc from 'fast-check'
import remarkRnn from 'remark-rnn'
import {properties} from './properties.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const internals = await build({
  stdin: {
    contents: "export * from './src/core/index.ts'\nexport * from './src/render/index.ts'",
    resolveDir: root,
    loader: 'ts'
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  write: false
})
// Beside node_modules, so the bundle's package imports resolve.
const cache = `${root}node_modules/.cache/remark-rnn-fuzz/`
mkdirSync(cache, {recursive: true})
writeFileSync(`${cache}internals.mjs`, internals.outputFiles[0].text)
const api = {...(await import(`${cache}internals.mjs`)), default: remarkRnn}

const runs = {
  'never throws: every run ends in output or positioned messages': 40_000,
  'keeps everything outside the directives as remark-stringify alone would': 20_000,
  'generates LaTeX that KaTeX compiles with throwOnError': 10_000,
  'is idempotent and deterministic': 10_000,
  'writes problems back as written: the second pass reports the same problems, a third changes nothing': 40_000,
  'lists framework layers whose tensors add up to the total': 10_000,
  'counts what the closed form counts': 30_000
}

const scale = Number(process.env.FUZZ_SCALE ?? 1)
let total = 0
for (const [name, property] of Object.entries(properties(api))) {
  const numRuns = Math.max(1, Math.round((runs[name] ?? 10_000) * scale))
  const start = performance.now()
  fc.assert(property, {numRuns})
  total += numRuns
  console.log(
    `✓ ${numRuns.toLocaleString('en-US')} cases  ${((performance.now() - start) / 1000).toFixed(1)} s  ${name}`
  )
}

console.log(`\n${total.toLocaleString('en-US')} cases, no failure`)
