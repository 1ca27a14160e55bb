// `npm run bench`: ten measures, each side by side in one run (these
// machines are noisy, so only ratios within a run are meaningful).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {codeModelsRatio} from './code-models-ratio.js'
import {countCodeStart} from './count-code.js'
import {diagramRatio} from './diagram-ratio.js'
import {encoderDecoderRatio} from './encoder-decoder-ratio.js'
import {explorerBench} from './explorer.js'
import {allViewGrowth, unknownAttributes} from './hostile-pages.js'
import {measureInstall} from './install-size.js'
import {languageServerBench} from './language-server.js'
import {expandPipeline, htmlPipeline, median} from './measure.js'
import {benchPage, prosePage} from './page.js'
import {pandocRatio} from './pandoc-ratio.js'
import {quizWeight} from './quiz-weight.js'

const quick = process.argv.includes('--quick')

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
  rows.push([
    `overhead, ${count} directives → HTML with KaTeX`,
    ms(generated),
    ms(handWritten),
    (generated / handWritten).toFixed(2),
    '≤ 1.00'
  ])
}

// 1b. The new networks: a page of encoder–decoders (dense heads, both
// directions, embeddings on either side) against the same page expanded by
// hand (see encoder-decoder-ratio.js for how it is timed).
{
  const result = await encoderDecoderRatio({quick})
  rows.push([
    `encoder–decoders, a page of ${result.directives} directives → HTML with KaTeX vs the same page expanded by hand (CPU time, median of ${result.rounds} per-round ratios)`,
    ms(result.generated),
    ms(result.handWritten),
    result.ratio.toFixed(2),
    '≤ 1.00'
  ])
}

// 1c. Models read from code: a page of 100 models written as Python (half
// Keras, half PyTorch, 6–15 layers) against the same page expanded by hand
// (timed as 1b; see code-models-ratio.js).
{
  const result = await codeModelsRatio({quick})
  rows.push([
    `code-described models, a page of ${result.models} (half Keras, half PyTorch, 6–15 layers) → HTML with KaTeX vs the same page expanded by hand (CPU time, median of ${result.rounds} per-round ratios)`,
    ms(result.generated),
    ms(result.handWritten),
    result.ratio.toFixed(2),
    '≤ 1.00'
  ])
}

// 2. Growth: the plugin's page at 10× the directives against the same page
// expanded by hand at 10×, so only the plugin's own growth is counted (the
// rest of the pipeline grows a little faster than linearly by itself).
{
  const pipeline = htmlPipeline(false)
  const factor = quick ? 3 : 10
  const small = benchPage(1000)
  const large = benchPage(1000 * factor)
  const smallHand = String(await expandPipeline.process(small))
  const largeHand = String(await expandPipeline.process(large))
  const runs = quick ? 1 : 3
  const growth =
    (await time(runs, () => pipeline.process(large))) /
    (await time(runs, () => pipeline.process(small)))
  const handGrowth =
    (await time(runs, () => pipeline.process(largeHand))) /
    (await time(runs, () => pipeline.process(smallHand)))
  rows.push([
    `growth, 1,000 → ${factor === 10 ? '10,000' : '3,000'} directives in one file vs the same pages expanded by hand (no KaTeX)`,
    `×${growth.toFixed(2)}`,
    `×${handGrowth.toFixed(2)}`,
    (growth / handGrowth).toFixed(2),
    '≤ 1.10'
  ])
}

// 3. Import cost in a fresh process: the plugin against remark-directive alone.
{
  const importTime = (specifier) => {
    const samples = []
    for (let run = 0; run < (quick ? 5 : 15); run++) {
      const result = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const s = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - s)`
        ],
        {encoding: 'utf8'}
      )
      samples.push(Number(result.stdout))
    }

    return median(samples)
  }

  const plugin = importTime('remark-rnn')
  const directive = importTime('remark-directive')
  const difference = plugin - directive
  rows.push([
    'import, remark-rnn vs remark-directive (fresh node)',
    ms(plugin),
    ms(directive),
    `${difference >= 0 ? '+' : '−'}${Math.abs(difference).toFixed(1)} ms`,
    '≤ +20 ms'
  ])
}

// 6. Diagrams: the example course page with a diagram in every solution,
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

// 4. `remark-rnn check` over a course folder, against remark-cli only
// parsing the same folder with the syntax a site build reads it with
// (directives, GFM, math: check reads pages exactly as the build does):
// once where a tenth of the pages have directives, as in a course, and once
// where every page has them.
{
  const pages = quick ? 200 : 1000
  const course = (share) => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-'))
    for (let index = 0; index < pages; index++) {
      const dir = join(folder, `unit-${index % 20}`)
      mkdirSync(dir, {recursive: true})
      const directives = index % share === 0 ? `\n${benchPage(6 + (index % 5))}` : ''
      writeFileSync(join(dir, `page-${index}.md`), prosePage(index) + directives)
    }

    return folder
  }

  const timed = (args) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {encoding: 'utf8'})
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(0, 500)}`)
    return performance.now() - start
  }

  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const remark = fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url))
  const runs = quick ? 1 : 5
  // Alternating the two, so a busy machine slows both alike.
  const compare = (folder) => {
    const checks = []
    const parses = []
    for (let run = 0; run < runs; run++) {
      checks.push(timed([cli, 'check', folder, '--quiet']))
      parses.push(
        timed([
          remark,
          '--use',
          'remark-directive',
          '--use',
          'remark-gfm',
          '--use',
          'remark-math',
          '--no-stdout',
          '--quiet',
          '--no-config',
          '--no-ignore',
          folder
        ])
      )
    }

    return {check: median(checks), parse: median(parses)}
  }

  const mixed = compare(course(10))
  rows.push([
    `check, ${pages} pages of which 1 in 10 has 6–10 directives, vs remark-cli parsing them`,
    ms(mixed.check),
    ms(mixed.parse),
    `${(mixed.parse / mixed.check).toFixed(2)}× faster`,
    '≥ 5× faster'
  ])
  const all = compare(course(1))
  rows.push([
    `check, ${pages} pages all with 6–10 directives, vs remark-cli parsing them`,
    ms(all.check),
    ms(all.parse),
    (all.check / all.parse).toFixed(2),
    '≤ 1.15'
  ])
}

// 5. What `npm install remark-rnn` adds to an empty project (the packed
// tarball, as published), against what `npm install remark-directive` adds.
{
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-pack-'))
  const root = fileURLToPath(new URL('..', import.meta.url))
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', folder], {
    cwd: root,
    encoding: 'utf8'
  })
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr.slice(0, 500)}`)
  const tarball = join(folder, JSON.parse(packed.stdout)[0].filename)
  const plugin = measureInstall([tarball])
  const directive = measureInstall(['remark-directive'])
  rmSync(folder, {recursive: true, force: true})
  if (!plugin.ok || !directive.ok)
    throw new Error(`npm install failed:\n${plugin.output}\n${directive.output}`)
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  rows.push([
    'install, packages added, vs remark-directive',
    String(plugin.packages),
    String(directive.packages),
    (plugin.packages / directive.packages).toFixed(2),
    '≤ 1.50'
  ])
  rows.push([
    'install, disk added, vs remark-directive',
    mb(plugin.bytes),
    mb(directive.bytes),
    (plugin.bytes / directive.bytes).toFixed(2),
    '≤ 1.50'
  ])
}

// 7. Hostile input: `check` on a page whose directives quote 80 kB of author
// text (a label, an attribute value, an unparsed line), against a page as
// long whose directives quote short text and whose 80 kB runs are prose.
// Messages clip what they quote, so the report stays short.
{
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-bench-hostile-'))
  const page = (text) =>
    `# Hostile\n\n:rnn[${text}]{inputs=4 units=5}\n\n::rnn{inputs=4 units="${text}"}\n\n::rnn{inputs=4 ${text}\n`
  writeFileSync(join(folder, 'long.md'), page('x'.repeat(80_000)))
  writeFileSync(
    join(folder, 'short.md'),
    page('x'.repeat(8)) + `\n${'x'.repeat(80_000)}\n`.repeat(3)
  )
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const checkTime = (name) =>
    median(
      Array.from({length: quick ? 3 : 7}, () => {
        const start = performance.now()
        const result = spawnSync(process.execPath, [cli, 'check', join(folder, name)], {
          encoding: 'utf8'
        })
        if (result.status !== 1)
          throw new Error(
            `check ${name}: expected exit 1, got ${result.status}: ${result.stderr.slice(0, 300)}`
          )
        return performance.now() - start
      })
    )
  const long = checkTime('long.md')
  const short = checkTime('short.md')
  rows.push([
    'check, a page quoting 80 kB labels and values vs one as long quoting short ones',
    ms(long),
    ms(short),
    (long / short).toFixed(2),
    '≤ 1.50'
  ])
}

// 8. The language server (`remark-rnn lsp --stdio`, its own process, over
// JSON-RPC): diagnostics after a one-number edit to a page of 1,000
// directives against a bare parse of that page (the syntax a site reads it
// with, no checking); and its heap after a full collection, after many edits
// of a page against before them.
{
  const result = await languageServerBench({quick})
  rows.push([
    `lsp, diagnostics after an edit to a page of 1,000 directives vs a bare parse of the page (median of ${result.rounds} per-round ratios)`,
    ms(result.edit),
    ms(result.parse),
    result.ratio.toFixed(2),
    '≤ 1.20'
  ])
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  rows.push([
    `lsp, heap after GC, after ${result.edits.toLocaleString('en')} edits of a page of 100 directives vs before`,
    mb(result.after),
    mb(result.before),
    (result.after / result.before).toFixed(2),
    '≤ 1.10'
  ])
}

// 9. Hostile pages (see hostile-pages.js): `render` of a page of 1,000
// encoder–decoders with every view against 250 (time and peak memory grow
// four times, not more), and one line of 10,000 unknown attributes checked
// against a bare parse of the line.
{
  const {small, large, smaller, larger} = allViewGrowth({quick})
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  const s = (value) => `${(value / 1000).toFixed(1)} s`
  const growth = `${(large / small).toFixed(0)}× directives: ≤ ${((large / small) * 1.1).toFixed(2)}`
  rows.push([
    `render, ${large.toLocaleString('en')} all-view encoder–decoders vs ${small} (wall time)`,
    s(larger.ms),
    s(smaller.ms),
    (larger.ms / smaller.ms).toFixed(2),
    growth
  ])
  rows.push([
    `render, ${large.toLocaleString('en')} all-view encoder–decoders vs ${small} (CPU time of the process, all threads)`,
    s(larger.cpuMs),
    s(smaller.cpuMs),
    (larger.cpuMs / smaller.cpuMs).toFixed(2),
    growth
  ])
  rows.push([
    `render, ${large.toLocaleString('en')} all-view encoder–decoders vs ${small} (peak memory)`,
    mb(larger.bytes),
    mb(smaller.bytes),
    (larger.bytes / smaller.bytes).toFixed(2),
    growth
  ])
  const attributes = await unknownAttributes({quick})
  for (const [form, label] of [
    ['braces', '{…}'],
    ['angles', '<…>']
  ]) {
    const {checked, parsed, ratio} = attributes[form]
    rows.push([
      `check, one line of 10,000 unknown attributes in ${label} vs a bare parse of the {…} line (CPU time, median of ${attributes.rounds} per-round ratios)`,
      ms(checked),
      ms(parsed),
      ratio.toFixed(2),
      '≤ 2.00'
    ])
  }
}

// 10. What a self-check quiz adds to a page, and the script's size (bytes: no timing).
rows.push(...(await quizWeight()))

// 11. The Pandoc filter: a page of 100 directives through Pandoc with
// pandoc/remark-rnn.lua → HTML, against the same page expanded by hand
// through Pandoc alone (whole processes; see pandoc-ratio.js). Skipped
// without Debian's pandoc.
{
  const result = pandocRatio({quick})
  if (result) {
    rows.push([
      `Pandoc filter, a page of ${result.directives} directives → HTML vs the same page expanded by hand (wall time, median of ${result.rounds} per-round ratios)`,
      ms(result.filtered),
      ms(result.handWritten),
      result.ratio.toFixed(2),
      '≤ 1.50'
    ])
  }
}

// 12. The explorer script's weight, and a change of a size to the updated table in Chromium.
rows.push(...(await explorerBench({quick})))

// 13. `count model.py` (a PyTorch file read by the code reader) against `count --inputs=…`.
{
  const result = countCodeStart({quick})
  rows.push([
    `count model.py vs count --inputs=… (the same LSTM language model), a fresh process each (wall time, median of ${result.rounds} per-round ratios)`,
    ms(result.code),
    ms(result.flags),
    result.ratio.toFixed(2),
    '≤ 1.20'
  ])
  rows.push([
    `  the same in the main thread's CPU time (a busy machine inflates it less), median of ${result.rounds} per-round ratios`,
    ms(result.cpu.code),
    ms(result.cpu.flags),
    result.cpu.ratio.toFixed(2),
    '—'
  ])
}

const header = ['measure', 'remark-rnn', 'baseline', 'ratio', 'target']
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => row[column].length))
)
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')
console.log(
  `remark-rnn bench, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`
)
console.log(line(header))
console.log(widths.map((width) => '-'.repeat(width)).join('  '))
for (const row of rows) console.log(line(row))
