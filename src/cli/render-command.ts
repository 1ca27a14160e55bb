import {dirname, extname, join} from 'node:path'
import {read} from 'to-vfile'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {decodePage} from '../core/page-text.js'
import type {Options} from '../directives/options.js'
import {withPageText} from '../directives/report.js'
import {isStop} from '../directives/stop-on-errors.js'
import {reportSyntaxError} from '../pipeline/syntax-error.js'
import {fileError} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import {htmlPieces} from './html-pieces.js'
import {markdownProcessorToMarkdown, pageProcessor} from './pipelines.js'
import {pluginOptions} from './plugin-flags.js'
import {writeOutputs} from './write-outputs.js'

/** Output written next to the problems found, so a preview never hides them. */
export interface Rendered {
  readonly output: string
  readonly report: string
  readonly failed: boolean
}

/** `remark-rnn render`: one file in, one page (or expanded Markdown) out. */
export async function renderCommand({flags, positionals}: ParsedArguments): Promise<Rendered> {
  const [input, ...rest] = positionals
  if (input === undefined || rest.length > 0)
    throw new UsageError('render takes exactly one input file.')

  let target: string | undefined
  const options = pluginOptions(
    flags.filter((flag) => {
      if (flag.name !== 'output') return true
      if (!flag.value) throw new UsageError('--output needs a file name, such as -o lesson.html.')
      target = flag.value
      return false
    })
  )

  const extension = target === undefined ? '.html' : extname(target).toLowerCase()
  const file = await read(input).catch((error: unknown) => {
    throw fileError('read', input, error)
  })
  // A page that is not UTF-8 (or UTF-16 with its mark) is one message, and no output.
  const output = withPageText(file, decodePage(file.value as Uint8Array))
    ? await renderFile(file, extension, options, target)
    : undefined
  if (target !== undefined && output !== undefined) {
    // Expanded Markdown links its diagrams as SVG files beside it.
    const folder = dirname(target)
    const sides = (file.data.rnnDiagramFiles ?? []).map((side) => ({
      path: join(folder, side.name),
      content: side.contents
    }))
    writeOutputs([{path: target, content: output}, ...sides], [input])
  }

  const failed = file.messages.some((message) => message.fatal)
  // The MDX preview's notice is one line of its own, not a problem in the report.
  const notices = file.messages.filter((message) => message.ruleId === 'mdx-preview')
  file.messages = file.messages.filter((message) => !notices.includes(message))
  const report = [
    ...notices.map((notice) => `${file.path}: ${notice.reason}`),
    ...(file.messages.length > 0 ? [reporter(file)] : []),
    ...writtenBackNotice(file, output === undefined ? undefined : target)
  ]
  const printed = target === undefined && output !== undefined ? [...output].join('') : ''
  return {output: printed, report: report.join('\n'), failed}
}

/**
 * Expanded Markdown of a page with problems keeps those directives as
 * written; say so, so nobody takes the written page for a fixed one.
 */
function writtenBackNotice(file: VFile, target: string | undefined): string[] {
  const problems = file.messages.length
  if (problems === 0 || target === undefined || !/\.(?:md|markdown)$/i.test(target)) return []
  return [
    `remark-rnn render: wrote ${target} with ${problems} problem${problems === 1 ? '' : 's'}: those directives are written back as the author wrote them, and checking ${target} reports the same problems.`
  ]
}

/**
 * The rendered text in pieces (an HTML page is written as it is serialised,
 * see html-pieces.ts), or undefined when the file could not be parsed (or
 * `--strict` stopped) and nothing is written.
 */
async function renderFile(
  file: VFile,
  extension: string,
  options: Options,
  target: string | undefined
): Promise<Iterable<string> | undefined> {
  const markdown = extension === '.md' || extension === '.markdown'
  if (markdown && file.extname === '.mdx')
    throw new UsageError(
      'render writes expanded Markdown from .md files only; render .mdx to .html.'
    )
  if (!markdown && extension !== '.html' && extension !== '.htm') {
    throw new UsageError(
      `render writes .html or .md, not ${extension || 'a file without an extension'}.`
    )
  }

  try {
    if (markdown) return [String(await markdownProcessorToMarkdown(options, target).process(file))]
    const processor = pageProcessor(file, options)
    return htmlPieces(await processor.run(processor.parse(file), file))
  } catch (error) {
    if (isStop(error) || reportSyntaxError(file, error)) return undefined
    throw error
  }
}
