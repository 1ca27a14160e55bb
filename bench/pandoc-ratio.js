// The Pandoc filter's cost: a page of N directives through Pandoc with
// pandoc/remark-rnn.lua → HTML, against the same page expanded by hand
// (what the filter makes of it, written out as Pandoc Markdown) through
// Pandoc alone. Both sides are whole `pandoc` processes, as an author runs
// them. Runnable alone (`node bench/pandoc-ratio.js [--quick]`) and part of
// `npm run bench`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {median, quantile} from './measure.js'

const filter = fileURLToPath(new URL('../pandoc/remark-rnn.lua', import.meta.url))
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const cells = ['rnn', 'lstm', 'gru']

/** The network of directive `index`, in Pandoc's attribute syntax (a switch is `=true`). */
function network(index) {
  const inputs = 2 + (index % 17)
  const units = index % 5 === 0 ? `${8 + (index % 7)},${4 + (index % 3)}` : String(3 + (index % 13))
  const bidirectional = index % 6 === 0 ? ' bidirectional=true' : ''
  return `inputs=${inputs} units=${units} outputs=${index % 4} cell=${cells[index % 3]}${bidirectional}`
}

/** One directive (a solution, an empty one, a number in prose, a quiz) and prose around it. */
function section(index) {
  const attributes = network(index)
  const prose = `Paragraph ${index}: a recurrent layer shares its weights across time steps, so its size does not depend on the sequence length.`
  switch (index % 5) {
    case 0:
      return `## Example ${index}\n\n::: {.rnn ${attributes}}\n${prose}\n:::\n`
    case 1:
      return `${prose}\n\n::: {.rnn ${attributes} show=table}\n:::\n`
    case 2:
      return `${prose} It has [total]{.rnn ${attributes}} parameters.\n`
    case 3:
      return `::: {.rnn-quiz ${attributes} ask=total show=derivation}\n${prose}\n:::\n`
    default:
      return `::: {.rnn ${attributes} show=derivation,diagram}\n${prose}\n:::\n`
  }
}

/** A Pandoc page of `count` directives. */
export function pandocBenchPage(count) {
  return ['# Benchmark page', ...Array.from({length: count}, (_, index) => section(index))].join(
    '\n\n'
  )
}

/** Run pandoc; throw with its report when it fails. */
function pandoc(args, env = {}) {
  const result = spawnSync('pandoc', args, {encoding: 'utf8', env: {...process.env, ...env}})
  if (result.status !== 0) throw new Error(`pandoc ${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

/**
 * Paired rounds of wall time (each side a process, order swapped every
 * round), the median of the per-round ratios. Undefined without pandoc.
 */
export function pandocRatio({quick = false, count = 100} = {}) {
  if (spawnSync('pandoc', ['--version']).status !== 0) return undefined
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-pandoc-'))
  const page = join(folder, 'page.md')
  writeFileSync(page, pandocBenchPage(count))
  // By hand: what the filter makes of the page for HTML, written out as
  // Markdown (the wrapper tells the filter the output is HTML, so the
  // diagrams and forms are in it as raw HTML).
  const wrapper = join(folder, 'as-html.lua')
  writeFileSync(wrapper, `FORMAT = 'html5'\ndofile(${JSON.stringify(filter)})\n`)
  const hand = join(folder, 'hand.md')
  writeFileSync(
    hand,
    pandoc([page, '-L', wrapper, '-t', 'markdown', '--wrap=none'], {REMARK_RNN: `node ${cli}`})
  )

  const withFilter = [page, '-L', filter, '-t', 'html', '--katex']
  const byHand = [hand, '-t', 'html', '--katex']
  const check = [pandoc(withFilter), pandoc(byHand)].map(
    (html) => (html.match(/<table/g) ?? []).length
  )
  if (check[0] !== check[1] || check[0] < count / 5)
    throw new Error(`pandoc bench: tables with the filter vs by hand: ${check.join(' vs ')}`)

  const timed = (args) => {
    const start = performance.now()
    pandoc(args)
    return performance.now() - start
  }
  const rounds = quick ? 5 : 15
  const pairs = Array.from({length: rounds}, (_, round) => {
    if (round % 2 === 0) return [timed(withFilter), timed(byHand)]
    const handTime = timed(byHand)
    return [timed(withFilter), handTime]
  })
  const ratios = pairs.map(([filtered, handWritten]) => filtered / handWritten)
  return {
    directives: count,
    rounds,
    filtered: median(pairs.map((pair) => pair[0])),
    handWritten: median(pairs.map((pair) => pair[1])),
    ratio: median(ratios),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)]
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(pandocRatio({quick: process.argv.includes('--quick')}))
}
