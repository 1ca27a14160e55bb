// `npm run bench`: five measures, each side by side in one run (these
// machines are noisy, so only ratios within a run are meaningful).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import remarkRnn from 'remark-rnn'
import {diagramRatio} from './diagram-ratio.js'
import {measureInstall} from './install-size.js'
import {benchPage} from './page.js'

const quick = process.argv.includes('--quick')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median milliseconds of `runs` calls, after one warm-up. */
async function time(runs, task) {
  await task()
  const samples = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await task()
    samples.push(performance.now() - start)
  }

  return median(samples)
}

function htmlPipeline(katex, options) {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkMath).use(remarkRnn, options).use(remarkRehype)
  if (katex) processor.use(rehypeKatex)
  return processor.use(rehypeStringify)
}

const expandPipeline = unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkMath).use(remarkRnn).use(remarkStringify)

const rows = []
const ms = (value) => `${value.toFixed(1)} ms`

// 1. Generating a solution against parsing the same solution written by hand.
for (const count of quick ? [100] : [100, 1000]) {
  const page = benchPage(count)
  const expanded = String(await expandPipeline.process(page))
  const pipeline = htmlPipeline(true)
  const runs = count >= 1000 ? 3 : 7
  const generated = await time(runs, () => pipeline.process(page))
  const handWritten = await time(runs, () => pipeline.process(expanded))
  rows.push([`overhead, ${count} directives → HTML with KaTeX`, ms(generated), ms(handWritten), (generated / handWritten).toFixed(2), '≤ 1.00'])
}

// 2. Linear scaling in the number of directives in one file.
{
  const pipeline = htmlPipeline(false)
  const small = benchPage(1000)
  const large = benchPage(quick ? 3000 : 10_000)
  const smallTime = await time(3, () => pipeline.process(small))
  const largeTime = await time(3, () => pipeline.process(large))
  const factor = quick ? 3 : 10
  rows.push([`scaling, 1,000 vs ${factor === 10 ? '10,000' : '3,000'} directives in one file (no KaTeX)`, ms(largeTime), ms(smallTime), (largeTime / smallTime).toFixed(2), `≤ ${(factor * 1.1).toFixed(2)}`])
}

// 3. Import cost in a fresh process: the plugin against remark-directive alone.
{
  const importTime = (specifier) => {
    const samples = []
    for (let run = 0; run < (quick ? 5 : 15); run++) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `const s = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - s)`], {encoding: 'utf8'})
      samples.push(Number(result.stdout))
    }

    return median(samples)
  }

  const plugin = importTime('remark-rnn')
  const directive = importTime('remark-directive')
  const difference = plugin - directive
  rows.push(['import, remark-rnn vs remark-directive (fresh node)', ms(plugin), ms(directive), `${difference >= 0 ? '+' : '−'}${Math.abs(difference).toFixed(1)} ms`, '≤ +20 ms'])
}

// 5. Diagrams: the example course page with a diagram in every solution,
// against the same page without (see diagram-ratio.js for how it is timed).
{
  const result = await diagramRatio({quick})
  rows.push([
    `diagrams, the example course → HTML with KaTeX, a diagram in each of its ${result.diagrams} solutions vs none (CPU time, median of ${result.rounds} per-round ratios)`,
    ms(result.with),
    ms(result.without),
    result.ratio.toFixed(2),
    '≤ 1.10'
  ])
}

// 4. `remark-rnn check` over many pages.
{
  const pages = quick ? 200 : 1000
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-'))
  for (let index = 0; index < pages; index++) {
    const dir = join(folder, `unit-${index % 20}`)
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, `page-${index}.md`), benchPage(6 + (index % 5)))
  }

  const timed = (args) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(0, 500)}`)
    return (performance.now() - start) / 1000
  }

  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const seconds = timed([cli, 'check', folder, '--quiet'])
  // The baseline: remark-cli reading the same pages with remark-directive
  // only, i.e. what parsing them costs without remark-rnn.
  const remark = fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url))
  const baseline = timed([remark, '--use', 'remark-directive', '--no-stdout', '--quiet', '--no-config', '--no-ignore', folder])
  rows.push([
    `check, ${pages} pages (6–10 directives each) vs remark-cli parsing them`,
    `${Math.round(pages / seconds)} pages/s`,
    `${Math.round(pages / baseline)} pages/s`,
    (seconds / baseline).toFixed(2),
    '≥ 500 pages/s'
  ])
}

// 5. What `npm install remark-rnn` adds to an empty project (the packed
// tarball, as published), against what `npm install remark-directive` adds.
{
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-pack-'))
  const root = fileURLToPath(new URL('..', import.meta.url))
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', folder], {cwd: root, encoding: 'utf8'})
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr.slice(0, 500)}`)
  const tarball = join(folder, JSON.parse(packed.stdout)[0].filename)
  const plugin = measureInstall([tarball])
  const directive = measureInstall(['remark-directive'])
  rmSync(folder, {recursive: true, force: true})
  if (!plugin.ok || !directive.ok) throw new Error(`npm install failed:\n${plugin.output}\n${directive.output}`)
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  rows.push(['install, packages added, vs remark-directive', String(plugin.packages), String(directive.packages), (plugin.packages / directive.packages).toFixed(2), '≤ 1.50'])
  rows.push(['install, disk added, vs remark-directive', mb(plugin.bytes), mb(directive.bytes), (plugin.bytes / directive.bytes).toFixed(2), '≤ 1.50'])
}

const header = ['measure', 'remark-rnn', 'baseline', 'ratio', 'target']
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')
console.log(`remark-rnn bench, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`)
console.log(line(header))
console.log(widths.map((width) => '-'.repeat(width)).join('  '))
for (const row of rows) console.log(line(row))
