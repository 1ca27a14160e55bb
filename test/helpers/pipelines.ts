import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Options} from '../../src/index.js'
import remarkRnn from '../../src/index.js'

/**
 * remark-parse + remark-directive (+ remark-gfm and remark-math when `gfmMath`) + remark-rnn,
 * not strict unless told: these tests read the messages a page gets (strict.test.ts: the default).
 */
function remarkSide(options: Options | undefined, gfmMath: boolean) {
  const processor = unified().use(remarkParse).use(remarkDirective)
  if (gfmMath) processor.use(remarkGfm).use(remarkMath)
  return processor.use(remarkRnn, {strict: false, ...options})
}

async function run(processor: ReturnType<typeof unified>, value: string) {
  const file = await processor.process(new VFile({value, path: 'input.md'}))
  return {output: String(file), file}
}

/** Markdown in, Markdown out: remark-parse + remark-directive + remark-rnn + remark-stringify. */
export function toMarkdown(value: string, options?: Options) {
  return run(remarkSide(options, false).use(remarkStringify) as never, value)
}

/** Markdown in, Markdown out, reading GFM tables and math too (needed to re-read expanded output). */
export function toMarkdownWithGfmMath(value: string, options?: Options) {
  return run(remarkSide(options, true).use(remarkStringify) as never, value)
}

/** Markdown in, HTML out, math left as remark-math's `code` elements (readable fixtures). */
export function toPlainHtml(value: string, options?: Options) {
  return run(remarkSide(options, true).use(remarkRehype).use(rehypeStringify) as never, value)
}

/**
 * The full pipeline a course site runs. rehype-katex never throws: a formula
 * KaTeX refuses (`strict: 'error'` refuses non-standard LaTeX too) becomes a
 * `katex-error` span and a `rehype-katex` message on the file.
 */
export function toKatexHtml(value: string, options?: Options) {
  const processor = remarkSide(options, true)
    .use(remarkRehype)
    .use(rehypeKatex, {strict: 'error', trust: false})
    .use(rehypeStringify)
  return run(processor as never, value)
}

/** Messages as `line:column-line:column ruleId: reason`, one a line. */
export function messageLines(file: VFile): string {
  return file.messages
    .map((message) => {
      const place = message.place
      const where =
        place && 'start' in place
          ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
          : place
            ? `${place.line}:${place.column}`
            : '?'
      return `${where} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`
    })
    .join('\n')
}
