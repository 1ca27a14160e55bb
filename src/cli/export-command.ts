import {closest, didYouMean} from '../core/index.js'
import type {Options} from '../directives/options.js'
import {isVariantCount, resolveOptions, variantsRule} from '../directives/options.js'
import type {ExportFormat, ExportQuiz} from '../export/index.js'
import {exportFormats, exportQuizzes} from '../export/index.js'
import {checkPages} from './check-pages.js'
import {exportFlags} from './command-flags.js'
import {requireExistingPaths} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {asFlag, UsageError} from './flags.js'
import {frameworkFlag} from './plugin-flags.js'
import {writeOutputs} from './write-outputs.js'

const defaultOutputs: Record<ExportFormat, string> = {
  moodle: 'questions.xml',
  gift: 'questions.gift',
  qti: 'questions-qti.zip',
  'qti-template': 'questions-qti-template.zip',
  canvas: 'questions-canvas.zip'
}

interface ExportRequest {
  readonly format: ExportFormat
  readonly output: string
  readonly options: Options
}

/** Read and check the flags of `export`. */
function exportRequest({flags}: ParsedArguments): ExportRequest {
  let format: ExportFormat | undefined
  let output: string | undefined
  const options: {-readonly [K in keyof Options]: Options[K]} = {}
  for (const {name, value} of flags) {
    if (name === 'format') {
      if (!exportFormats.includes(value as ExportFormat))
        throw new UsageError(`--format must be ${exportFormats.join(', ')}.`)
      format = value as ExportFormat
    } else if (name === 'output') output = value
    else if (name === 'seed') options.seed = value ?? ''
    else if (name === 'variants') {
      // Digits only: `Number` would read `1e3`, `0x10` or ` 5`.
      const count = /^\d+$/.test(value ?? '') ? Number(value) : Number.NaN
      if (!isVariantCount(count)) throw new UsageError(`--variants must be ${variantsRule}.`)
      options.variants = count
    } else if (name === 'framework') options.framework = frameworkFlag(value)
    else if (name === 'locale') options.locale = value
    else {
      const suggestion = closest(name, [...exportFlags.values, ...exportFlags.switches])
      throw new UsageError(`Unknown flag --${name} for export.${didYouMean(suggestion, asFlag)}`)
    }
  }

  if (!format) throw new UsageError(`export needs --format=${exportFormats.join('|')}.`)
  return {format, output: output ?? defaultOutputs[format], options}
}

/**
 * `remark-rnn export`: check the pages, then write their quizzes for an LMS.
 * A page with problems stops the export: nothing is written, exit 1. An
 * output that is one of the pages, or that cannot be written, is one line, exit 2.
 */
export async function exportCommand(parsed: ParsedArguments): Promise<number> {
  const request = exportRequest(parsed)
  if (parsed.positionals.length === 0)
    throw new UsageError('export needs the pages to read: files, folders or globs.')
  requireExistingPaths(parsed.positionals)
  const options: Options = {...request.options, solutions: 'hide'}
  const settings = resolveOptions(options)
  const {code, files} = await checkPages({
    paths: parsed.positionals,
    options,
    reporting: {color: Boolean(process.stderr.isTTY)},
    frontmatter: true
  })
  if (code !== 0) {
    process.stderr.write('remark-rnn export: nothing written; fix the problems above first.\n')
    return 1
  }

  // Pages in path order (by code unit, not by locale), so the questions come
  // out in the same order on every machine.
  const pages = [...files].sort((a, b) => Number(a.path > b.path) - Number(a.path < b.path))
  // Choice and number questions alike (a recorded variant is an ExportVariant).
  const quizzes: ExportQuiz[] = pages.flatMap((file) => file.data.rnnQuizzes ?? [])
  if (quizzes.length === 0) {
    process.stderr.write('remark-rnn export: these pages have no rnn-quiz; nothing written.\n')
    return 1
  }

  const written = exportQuizzes(quizzes, {
    format: request.format,
    output: request.output,
    strings: settings.strings,
    numberFormat: settings.format
  })
  writeOutputs(
    written,
    pages.map((page) => page.path)
  )

  const variants = quizzes.reduce((sum, quiz) => sum + quiz.variants.length, 0)
  process.stderr.write(
    `remark-rnn export: ${quizzes.length} quiz${quizzes.length === 1 ? '' : 'zes'}, ${variants} question${variants === 1 ? '' : 's'} → ${request.output}\n`
  )
  return 0
}
