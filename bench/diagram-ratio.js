// The diagrams' share of a page's render time: the example course page →
// HTML with KaTeX, a diagram in every solution against none. Runnable alone
// (`node bench/diagram-ratio.js [--quick]`) and part of `npm run bench`.
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {htmlPipeline, median, pairedCpuRounds, quantile} from './measure.js'
import {coursePage} from './page.js'

/**
 * On a busy 2-core machine one long run of each side mostly measures the
 * neighbours. So: warm both up, then many short rounds, each timing both
 * sides back to back (order swapped every round, so neither always goes
 * first), and take the median of the per-round ratios. Each side is this
 * process's CPU time (not wall time) for `pages` renders, after a garbage
 * collection so neither pays for the other's garbage.
 */
export async function diagramRatio({quick = false} = {}) {
  const [rounds, pages, warmup] = quick ? [12, 2, 3] : [40, 4, 8]
  const pipeline = htmlPipeline()
  const sides = [coursePage(false), coursePage(true)]
  const check = sides.map(
    (page) => (String(pipeline.processSync(page)).match(/class="rnn-diagram-svg"/g) ?? []).length
  )
  if (check[0] !== 0 || check[1] === 0)
    throw new Error(`diagram bench: expected no diagram vs some, got ${check.join(' vs ')}`)

  const times = await pairedCpuRounds((page) => pipeline.process(page), sides, {
    rounds,
    warmup,
    repeat: pages
  })
  const samples = [times.map((pair) => pair[0]), times.map((pair) => pair[1])]
  const ratios = times.map(([without, withDiagrams]) => withDiagrams / without)

  return {
    without: median(samples[0]),
    with: median(samples[1]),
    ratio: median(ratios),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    rounds,
    diagrams: check[1]
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const start = performance.now()
  const result = await diagramRatio({quick: process.argv.includes('--quick')})
  console.log(
    `${result.diagrams} diagrams: ${result.with.toFixed(1)} ms vs ${result.without.toFixed(1)} ms, ratio ${result.ratio.toFixed(3)}, quartiles ${result.spread.map((value) => value.toFixed(3)).join('–')} (median of ${result.rounds} rounds, ${((performance.now() - start) / 1000).toFixed(0)} s)`
  )
}
