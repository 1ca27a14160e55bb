// What the bench's measures share: the pipelines they run and the way they
// time two sides against each other on a noisy machine.
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

/** The value below which a share `q` of the values lie (0.5: the median). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * q)]
}

export const median = (values) => quantile(values, 0.5)

/** A course site's pipeline: Markdown → HTML, with KaTeX unless `katex` is false. */
export function htmlPipeline(katex = true, options = undefined) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn, options)
    .use(remarkRehype)
  if (katex) processor.use(rehypeKatex)
  return processor.use(rehypeStringify)
}

/** remark-rnn writing its solutions as Markdown: the "expanded by hand" side of a measure. */
export const expandPipeline = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRnn)
  .use(remarkStringify)

/**
 * One long run of each side mostly measures the neighbours on a busy 2-core
 * machine. So: warm both up, then short rounds, each timing both sides back
 * to back (the order swapped every round), in this process's CPU time after
 * a garbage collection so neither pays for the other's garbage. Returns
 * each round's two times (milliseconds per `repeat` runs).
 */
export async function pairedCpuRounds(run, sides, {rounds, warmup, repeat = 1}) {
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc')
  const measure = async (side) => {
    collect()
    const start = process.cpuUsage()
    for (let index = 0; index < repeat; index++) await run(side)
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000 / repeat
  }

  for (let index = 0; index < warmup; index++) for (const side of sides) await measure(side)
  const times = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0]
    const pair = []
    for (const side of order) pair[side] = await measure(sides[side])
    times.push(pair)
  }

  return times
}
