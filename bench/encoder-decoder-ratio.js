// The new networks' cost: a page of encoder–decoder directives → HTML with
// KaTeX, against the same page expanded by hand (remark-rnn writing its
// solutions as Markdown, read back by the same pipeline). Runnable alone
// (`node bench/encoder-decoder-ratio.js [--quick]`) and part of `npm run bench`.
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
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {encoderDecoderPage} from './page.js'

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * q)]
}

/**
 * Like the diagram measure: warm up, then rounds timing both pages back to
 * back (the order swapped every round) in CPU time, the median of the
 * rounds' ratios, so a neighbour's burst spoils a round, not the figure.
 */
export async function encoderDecoderRatio({quick = false} = {}) {
  const [directives, rounds, warmup] = quick ? [50, 7, 2] : [100, 9, 2]
  const page = encoderDecoderPage(directives)
  const expanded = String(
    await unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkRnn)
      .use(remarkStringify)
      .process(page)
  )
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeStringify)
  const html = String(await pipeline.process(page))
  // Every directive became a solution: none was refused.
  if (
    html.includes('rnn-problem') ||
    (html.match(/class="rnn-solution"/g) ?? []).length !== directives
  )
    throw new Error('encoder–decoder bench: a directive of the page was not expanded')

  const sides = [page, expanded]
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc')
  // This process's CPU time after a garbage collection: neither side pays for the other's garbage.
  const time = async (text) => {
    collect()
    const start = process.cpuUsage()
    await pipeline.process(text)
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }

  for (let index = 0; index < warmup; index++) for (const text of sides) await time(text)
  const samples = [[], []]
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0]
    const times = []
    for (const side of order) times[side] = await time(sides[side])
    samples[0].push(times[0])
    samples[1].push(times[1])
    ratios.push(times[0] / times[1])
  }

  return {
    directives,
    generated: quantile(samples[0], 0.5),
    handWritten: quantile(samples[1], 0.5),
    ratio: quantile(ratios, 0.5),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    rounds
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await encoderDecoderRatio({quick: process.argv.includes('--quick')})
  console.log(
    `${result.directives} encoder–decoders: ${result.generated.toFixed(1)} ms vs ${result.handWritten.toFixed(1)} ms by hand (CPU time), ratio ${result.ratio.toFixed(3)}, quartiles ${result.spread.map((value) => value.toFixed(3)).join('–')} (median of ${result.rounds} rounds)`
  )
}
