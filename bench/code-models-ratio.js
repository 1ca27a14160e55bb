// Models read from their code: a page of 100 models written as Python (half
// Keras, half PyTorch, 6 to 15 layers each) → HTML with KaTeX, against the
// same page expanded by hand (remark-rnn writing its solutions as Markdown,
// read back by the same pipeline). Runnable alone
// (`node bench/code-models-ratio.js [--quick]`) and part of `npm run bench`.
import {fileURLToPath} from 'node:url'
import {codeModelsPage} from './code-models-page.js'
import {expandPipeline, htmlPipeline, pairedCpuRounds, quantile} from './measure.js'

/** Timed as the encoder–decoder page is (see encoder-decoder-ratio.js): CPU time, median of per-round ratios. */
export async function codeModelsRatio({quick = false} = {}) {
  const [models, rounds, warmup] = quick ? [50, 7, 2] : [100, 9, 2]
  const page = codeModelsPage(models)
  const expanded = String(await expandPipeline.process(page))
  const pipeline = htmlPipeline()
  const html = String(await pipeline.process(page))
  // Every model was read and counted: none was refused.
  if (html.includes('rnn-problem') || (html.match(/data-rnn-total="/g) ?? []).length !== models)
    throw new Error('code models bench: a model of the page was not counted')

  const times = await pairedCpuRounds((text) => pipeline.process(text), [page, expanded], {
    rounds,
    warmup
  })
  const ratios = times.map(([generated, handWritten]) => generated / handWritten)
  return {
    models,
    generated: quantile(
      times.map((pair) => pair[0]),
      0.5
    ),
    handWritten: quantile(
      times.map((pair) => pair[1]),
      0.5
    ),
    ratio: quantile(ratios, 0.5),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    rounds
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await codeModelsRatio({quick: process.argv.includes('--quick')})
  console.log(
    `${result.models} code-described models: ${result.generated.toFixed(1)} ms vs ${result.handWritten.toFixed(1)} ms by hand (CPU time), ratio ${result.ratio.toFixed(3)}, quartiles ${result.spread.map((value) => value.toFixed(3)).join('–')} (median of ${result.rounds} rounds)`
  )
}
