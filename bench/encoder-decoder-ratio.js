// The new networks' cost: a page of encoder–decoder directives → HTML with
// KaTeX, against the same page expanded by hand (remark-rnn writing its
// solutions as Markdown, read back by the same pipeline). Runnable alone
// (`node bench/encoder-decoder-ratio.js [--quick]`) and part of `npm run bench`.
import {fileURLToPath} from 'node:url'
import {expandPipeline, htmlPipeline, pairedCpuRounds, quantile} from './measure.js'
import {encoderDecoderPage} from './page.js'

/**
 * Like the diagram measure: warm up, then rounds timing both pages back to
 * back (the order swapped every round) in CPU time, the median of the
 * rounds' ratios, so a neighbour's burst spoils a round, not the figure.
 */
export async function encoderDecoderRatio({quick = false} = {}) {
  const [directives, rounds, warmup] = quick ? [50, 7, 2] : [100, 9, 2]
  const page = encoderDecoderPage(directives)
  const expanded = String(await expandPipeline.process(page))
  const pipeline = htmlPipeline()
  const html = String(await pipeline.process(page))
  // Every directive became a solution: none was refused.
  if (
    html.includes('rnn-problem') ||
    (html.match(/class="rnn-solution"/g) ?? []).length !== directives
  )
    throw new Error('encoder–decoder bench: a directive of the page was not expanded')

  const times = await pairedCpuRounds((text) => pipeline.process(text), [page, expanded], {
    rounds,
    warmup
  })
  const samples = [times.map((pair) => pair[0]), times.map((pair) => pair[1])]
  const ratios = times.map(([generated, handWritten]) => generated / handWritten)

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
