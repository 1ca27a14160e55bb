// Pages a careless or hostile author could write, each measured against a
// baseline that shows the cost grows as it should (docs/limits.md). Runnable
// alone (`node bench/hostile-pages.js [--quick]`) and part of `npm run bench`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRnn from 'remark-rnn'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {pairedCpuRounds, quantile} from './measure.js'
import {encoderDecoderPage} from './page.js'

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const allViews = 'show=table,derivation,shapes,diagram,summary,code'

/** A page of `count` encoder–decoders, each with every view of its solution. */
function allViewPage(count) {
  return encoderDecoderPage(count)
    .replace(/:::rnn\{([^}]*)\}/g, `:::rnn{$1 ${allViews}}`)
    .replace(/::rnn<([^>]*) show=table,derivation>/g, `::rnn<$1 ${allViews}>`)
}

/**
 * `remark-rnn render` of a page in its own process: wall time, the
 * process's CPU time (all its threads; on a busy shared machine the wall
 * time mostly measures the neighbours) and its peak resident memory (what
 * runs out first on a small machine).
 */
function renderPage(folder, name, text) {
  const page = join(folder, `${name}.md`)
  writeFileSync(page, text)
  const script = `process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'render', ${JSON.stringify(page)}, '-o', ${JSON.stringify(join(folder, `${name}.html`))}]
process.on('exit', () => { const usage = process.resourceUsage(); console.error('peak-rss ' + usage.maxRSS + ' cpu ' + (usage.userCPUTime + usage.systemCPUTime)) })
await import(${JSON.stringify(cli)})`
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8'
  })
  const ms = performance.now() - start
  const usage = /peak-rss (\d+) cpu (\d+)/.exec(result.stderr)
  if (result.status !== 0 || !usage)
    throw new Error(`render ${name}: exit ${result.status}: ${result.stderr.slice(0, 500)}`)
  return {ms, cpuMs: Number(usage[2]) / 1000, bytes: Number(usage[1]) * 1024}
}

/** A page of 1,000 all-view solutions against one of 250: both figures should grow four times, not more. */
export function allViewGrowth({quick = false} = {}) {
  const [small, large] = quick ? [50, 200] : [250, 1000]
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-views-'))
  try {
    const smaller = renderPage(folder, 'small', allViewPage(small))
    const larger = renderPage(folder, 'large', allViewPage(large))
    return {small, large, smaller, larger}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * One line of 10,000 unknown attributes (both forms) checked, against a
 * bare parse of the same line by remark-directive: handling each attribute
 * must cost about what reading it does. CPU time, median of per-round ratios.
 */
export async function unknownAttributes({quick = false} = {}) {
  const names = Array.from({length: 10_000}, (_, index) => `zz${index}=1`).join(' ')
  const braces = `::rnn{inputs=4 units=5 ${names}}\n`
  const angles = `::rnn<inputs=4 units=5 ${names}>\n`
  const bare = unified().use(remarkParse).use(remarkDirective)
  const checking = unified()
    .use(remarkParse)
    .use(remarkDirective)
    // Reporting only: errors stop a build by default, and this measures checking them.
    .use(remarkRnn, {solutions: 'hide', strict: false})
  const run = ([processor, text]) => {
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    return file
  }

  const messages = run([checking, braces]).messages.length
  if (messages !== 21) throw new Error(`unknown attributes: ${messages} messages, not 21`)
  const [rounds, warmup] = quick ? [3, 1] : [7, 1]
  const ratio = async (text) => {
    const times = await pairedCpuRounds(
      run,
      [
        [checking, text],
        [bare, braces]
      ],
      {rounds, warmup}
    )
    return {
      checked: quantile(
        times.map((pair) => pair[0]),
        0.5
      ),
      parsed: quantile(
        times.map((pair) => pair[1]),
        0.5
      ),
      ratio: quantile(
        times.map(([checked, parsed]) => checked / parsed),
        0.5
      )
    }
  }

  return {braces: await ratio(braces), angles: await ratio(angles), rounds}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick')
  const attributes = await unknownAttributes({quick})
  for (const form of ['braces', 'angles']) {
    const {checked, parsed, ratio} = attributes[form]
    console.log(
      `10,000 unknown attributes (${form}): ${checked.toFixed(1)} ms vs ${parsed.toFixed(1)} ms bare parse, ratio ${ratio.toFixed(2)}`
    )
  }
  const {small, large, smaller, larger} = allViewGrowth({quick})
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  console.log(
    `render ${large} all-view solutions: ${(larger.ms / 1000).toFixed(1)} s (CPU ${(larger.cpuMs / 1000).toFixed(1)} s), peak ${mb(larger.bytes)}; ${small}: ${(smaller.ms / 1000).toFixed(1)} s (CPU ${(smaller.cpuMs / 1000).toFixed(1)} s), peak ${mb(smaller.bytes)}; ratios ×${(larger.ms / smaller.ms).toFixed(2)} time, ×${(larger.cpuMs / smaller.cpuMs).toFixed(2)} CPU time, ×${(larger.bytes / smaller.bytes).toFixed(2)} memory`
  )
}
