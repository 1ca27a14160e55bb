import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import type {Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import {closest} from '../core/index.js'
import type {Options} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import type {ExportFormat, ExportQuiz} from '../export/index.js'
import {exportFormats, exportQuizzes} from '../export/index.js'
import remarkRnn from '../plugin/remark-rnn.js'
import {requireExistingPaths} from './file-error.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import {parseReportingSyntaxErrors} from './syntax-error.js'

const defaultOutputs: Record<ExportFormat, string> = {
  moodle: 'questions.xml',
  gift: 'questions.gift',
  qti: 'questions-qti.zip'
}

interface ExportRequest {
  readonly format: ExportFormat
  readonly output: string
  readonly options: Options
}

/** Read and check the flags of `export`. */
export function exportRequest({flags}: ParsedArguments): ExportRequest {
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
      const count = Number(value)
      if (!/^\d+$/.test(value ?? '') || count < 1 || count > 1000)
        throw new UsageError('--variants must be a whole number from 1 to 1000.')
      options.variants = count
    } else if (name === 'framework') {
      if (value !== 'keras' && value !== 'pytorch')
        throw new UsageError('--framework must be keras or pytorch.')
      options.framework = value
    } else if (name === 'locale') options.locale = value
    else {
      const suggestion = closest(name, [
        'format',
        'output',
        'seed',
        'variants',
        'framework',
        'locale'
      ])
      throw new UsageError(
        `Unknown flag --${name} for export.${suggestion ? ` Did you mean --${suggestion}?` : ''}`
      )
    }
  }

  if (!format) throw new UsageError(`export needs --format=${exportFormats.join('|')}.`)
  return {format, output: output ?? defaultOutputs[format], options}
}

/** `.mdx` as MDX, the rest as Markdown; math parsed, so question text keeps its formulas, and frontmatter. */
function parseByExtension(this: Processor, options: Options): void {
  const markdown = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn, options)
  const mdx = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn, options)
  this.parser = (_, file) =>
    parseReportingSyntaxErrors(file, () => (file.extname === '.mdx' ? mdx : markdown).parse(file))
}

/** Put YAML frontmatter on `file.data.matter`, where the plugin finds a page's `title` (Docusaurus, Astro pages). */
function readMatter() {
  return (tree: Root, file: VFile) => {
    const node = tree.children.find((child) => child.type === 'yaml')
    if (!node) return
    try {
      const value: unknown = parseYaml(node.value)
      if (value && typeof value === 'object') file.data.matter = value as Record<string, unknown>
    } catch {
      // Frontmatter that is not YAML names nothing; the page's heading does.
    }
  }
}

/** Check every page as `check` does, reporting the same way; the checked files when all pass. */
function checkedFiles(
  files: readonly string[],
  options: Options
): Promise<{code: number; files: VFile[]}> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(parseByExtension, options).use(readMatter).use(remarkRnn, options),
        files: [...files],
        extensions: ['md', 'markdown', 'mdx'],
        cwd: process.cwd(),
        ignoreName: '.remarkignore',
        out: false,
        output: false,
        color: Boolean(process.stderr.isTTY),
        streamError: process.stderr,
        streamOut: process.stdout
      },
      (error, code, context) =>
        error ? reject(error) : resolve({code: code ?? 0, files: [...(context?.files ?? [])]})
    )
  })
}

/**
 * `remark-rnn export`: check the pages, then write their quizzes for an LMS.
 * A page with problems stops the export: nothing is written, exit 1.
 */
export async function exportCommand(parsed: ParsedArguments): Promise<number> {
  const request = exportRequest(parsed)
  if (parsed.positionals.length === 0)
    throw new UsageError('export needs the pages to read: files, folders or globs.')
  requireExistingPaths(parsed.positionals)
  const options: Options = {...request.options, solutions: 'hide'}
  const settings = resolveOptions(options)
  const {code, files} = await checkedFiles(parsed.positionals, options)
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
  for (const file of written) {
    try {
      mkdirSync(dirname(file.path), {recursive: true})
      writeFileSync(file.path, file.content)
    } catch (error) {
      process.stderr.write(
        `remark-rnn export: cannot write ${file.path}: ${(error as Error).message}\n`
      )
      return 1
    }
  }

  const variants = quizzes.reduce((sum, quiz) => sum + quiz.variants.length, 0)
  process.stderr.write(
    `remark-rnn export: ${quizzes.length} quiz${quizzes.length === 1 ? '' : 'zes'}, ${variants} question${variants === 1 ? '' : 's'} → ${request.output}\n`
  )
  return 0
}
