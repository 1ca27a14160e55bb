// The diagrams' share of a page's render time: the example course page →
// HTML with KaTeX, a diagram in every solution against none. Runnable alone
// (`node bench/diagram-ratio.js [--quick]`) and part of `npm run bench`.
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkRnn from 'remark-rnn'
import {unified} from 'unified'
import {coursePage} from './page.js'

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * q)]
}

const median = (values) => quantile(values, 0.5)

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
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeStringify)
  const sides = [coursePage(false), coursePage(true)]
  const check = sides.map(
    (page) => (String(pipeline.processSync(page)).match(/class="rnn-diagram-svg"/g) ?? []).length
  )
  if (check[0] !== 0 || check[1] === 0)
    throw new Error(`diagram bench: expected no diagram vs some, got ${check.join(' vs ')}`)

  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc')
  const measure = async (page) => {
    collect()
    const start = process.cpuUsage()
    for (let index = 0; index < pages; index++) await pipeline.process(page)
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000 / pages
  }

  for (let index = 0; index < warmup; index++) for (const page of sides) await measure(page)
  const samples = [[], []]
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0]
    const times = []
    for (const side of order) times[side] = await measure(sides[side])
    samples[0].push(times[0])
    samples[1].push(times[1])
    ratios.push(times[1] / times[0])
  }

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
