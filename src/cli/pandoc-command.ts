import {readFile} from 'node:fs/promises'
import {text as streamText} from 'node:stream/consumers'
import selfCheckScript from 'remark-rnn:self-check'
import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import {quote} from '../core/index.js'
import {messageSource, ruleUrl} from '../directives/rules.js'
import {isStop} from '../directives/stop-on-errors.js'
import {markdownReader} from '../pipeline/markdown-reader.js'
import {reportSyntaxError} from '../pipeline/syntax-error.js'
import {fileError} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import type {PandocBatch, PandocDirective} from './pandoc-batch.js'
import {readBatch} from './pandoc-batch.js'
import {pandocResults} from './pandoc-output.js'
import type {PandocPage} from './pandoc-page.js'
import {authorPlace, pandocPage} from './pandoc-page.js'
import {pluginOptions} from './plugin-flags.js'
import type {Rendered} from './render-command.js'

/** A fence Pandoc did not read as a div, which would show as text: the most common cause is a bare key. */
function unparsedReason(directive: PandocDirective): string {
  const bare = /(?:^|\s)([a-z][\w-]*)(?=\s|\}|$)/i.exec(directive.attributes)?.[1]
  const hint = bare
    ? `Pandoc drops a fence whose attributes have a bare key: write \`${bare}=true\`.`
    : 'Check that the `{…}` attributes are closed and quoted.'
  return `${quote(directive.content)} looks like an rnn directive but Pandoc did not read it as a div, so it would show as text. ${hint}`
}

/** A fence the filter reports rather than expands: one Pandoc did not read, or a div inside a quiz. */
function fenceReason(directive: PandocDirective): string {
  if (directive.kind === 'unparsed') return unparsedReason(directive)
  return `${quote(directive.content)} opens a div inside a quiz, which remark-rnn writes without Pandoc: the fence would show as text. Move the div before or after the quiz.`
}

/** Every problem, on the author's file, in the order of the file. */
function authorFile(batch: PandocBatch, page: PandocPage, expanded: VFile): VFile {
  const file = new VFile({path: batch.file})
  const found = [
    ...batch.directives
      .filter((directive) => directive.kind === 'unparsed' || directive.kind === 'inner-div')
      .map((directive) => ({
        reason: fenceReason(directive),
        place: directive.line > 0 ? {line: directive.line, column: directive.column} : undefined,
        ruleId: 'unparsed-directive',
        fatal: true as boolean | null | undefined,
        url: ruleUrl('unparsed-directive')
      })),
    ...expanded.messages.map((message) => ({
      reason: message.reason,
      place: authorPlace(page, message.place),
      ruleId: message.ruleId,
      fatal: message.fatal,
      url: String(message.url)
    }))
  ]
  const line = (place: Point | Position | undefined) =>
    place === undefined ? 0 : 'start' in place ? place.start.line : place.line
  found.sort((a, b) => line(a.place) - line(b.place))
  for (const {reason, place, ruleId, fatal, url} of found) {
    const message = file.message(reason, {place, ruleId, source: messageSource})
    message.fatal = fatal
    message.url = url
  }

  return file
}

/**
 * `remark-rnn pandoc [batch.json]`: the Pandoc filter's side. Reads the
 * batch of one document's directives (standard input by default), expands
 * them all through the plugin's pipeline as one page, and writes each
 * expansion as Pandoc's JSON AST, read back natively; problems are reported
 * on the author's file, and any error fails the run with nothing written.
 */
export async function pandocCommand({flags, positionals}: ParsedArguments): Promise<Rendered> {
  const [unknown] = flags
  if (unknown) throw new UsageError(`Unknown flag --${unknown.name} for pandoc.`)
  if (positionals.length > 1)
    throw new UsageError('pandoc reads one batch: a file, or standard input without one.')
  const [input] = positionals
  const text =
    input === undefined
      ? await streamText(process.stdin)
      : await readFile(input, 'utf8').catch((error: unknown) => {
          throw fileError('read', input, error)
        })
  const batch = readBatch(text)
  const options = pluginOptions(
    Object.entries(batch.options).map(([name, value]) => ({name, value}))
  )
  const page = pandocPage(batch.directives)
  const expanded = new VFile({path: batch.file, value: page.text})
  const processor = markdownReader(options)
  let tree: Root | undefined
  try {
    tree = (await processor.run(processor.parse(expanded), expanded)) as Root
  } catch (error) {
    // `strict` stops once the page is checked, every problem already on the file.
    if (!(isStop(error) || reportSyntaxError(expanded, error))) throw error
  }

  const file = authorFile(batch, page, expanded)
  const failed = file.messages.some((message) => message.fatal)
  // The reporter (and its terminal-width tables) loads only when there is something to report.
  const report = file.messages.length > 0 ? (await import('vfile-reporter')).reporter(file) : ''
  if (failed) return {output: '', report, failed: true}
  // Without problems the page was expanded: `tree` is set.
  const quizzes = batch.html && expanded.data.rnnQuizzes !== undefined
  const output = pandocResults(tree as Root, page, batch, quizzes ? selfCheckScript : undefined)
  return {output, report, failed: false}
}
