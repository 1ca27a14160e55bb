// The explorer (`remark-rnn/explorer`): the script's weight, minified and
// gzipped, against its 15 KB budget; and the time from a change of a size to
// the updated table (counts, marks, last line, announced total, and the
// layout that shows them) in Chromium, median of 100 changes of a 10-layer
// LSTM's sizes. `node bench/explorer.js` prints the rows.
import {existsSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {chromium} from 'playwright-core'
import {htmlPipeline, median} from './measure.js'

const script = readFileSync(new URL('../dist/explorer.js', import.meta.url), 'utf8')
const chromiumPath = '/usr/bin/chromium'
const budget = 15 * 1024

/** Rows for run.js: [measure, remark-rnn, baseline, ratio, target]. */
export async function explorerBench({quick = false} = {}) {
  const kb = (value) => `${(value / 1024).toFixed(1)} KB`
  const size = gzipSync(script, {level: 9}).length
  const rows = [
    [
      'explorer script (remark-rnn/explorer, the counting core inside), minified + gzipped, vs its budget',
      kb(size),
      kb(budget),
      (size / budget).toFixed(2),
      '≤ 1.00'
    ]
  ]
  if (!existsSync(chromiumPath)) return rows

  const units = Array.from({length: 10}, (_, index) => 32 + index).join(',')
  const html = String(
    await htmlPipeline(false).process(
      `::rnn-explorer{inputs=16 units="${units}" outputs=10 cell=lstm}\n`
    )
  )
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu']
  })
  try {
    const page = await browser.newPage()
    await page.setContent(
      `<!doctype html><html><body>${html}<script>${script}</script></body></html>`
    )
    const changes = quick ? 30 : 100
    const samples = await page.evaluate((count) => {
      const fields = Array.from(document.querySelectorAll('input.rnn-explorer-field'))
      const times = []
      for (let change = 0; change < count; change++) {
        const field = fields[change % fields.length]
        field.value = String(8 + ((change * 37) % 500))
        const start = performance.now()
        field.dispatchEvent(new Event('input', {bubbles: true}))
        // The layout that shows the new numbers is part of the change.
        void document.body.offsetHeight
        times.push(performance.now() - start)
      }
      return times
    }, changes)
    rows.push([
      `explorer, a change of a size → the updated table of a 10-layer LSTM in Chromium (median of ${changes} changes)`,
      `${median(samples).toFixed(2)} ms`,
      '16.7 ms (a frame)',
      (median(samples) / 16.7).toFixed(2),
      '≤ 1.00'
    ])
  } finally {
    await browser.close()
  }

  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await explorerBench({quick: process.argv.includes('--quick')}))
    console.log(row.join('  '))
}
