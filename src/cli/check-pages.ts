import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import {redecodePage} from '../core/page-text.js'
import type {Options} from '../directives/options.js'
import {withPageText} from '../directives/report.js'
import {isMdx, pageReader} from '../pipeline/page-parser.js'
import {parseReportingSyntaxErrors} from '../pipeline/syntax-error.js'
import remarkRnn from '../plugin/remark-rnn.js'
import {FileError} from './file-error.js'
import {remarkNestingCheck} from './nesting-limit.js'

/** How the engine reports, as remark-cli's flags say. */
export interface Reporting {
  readonly frail?: boolean
  readonly quiet?: boolean
  readonly silent?: boolean
  readonly color: boolean
}

/** What to check and how to report it. */
export interface CheckPages {
  /** Files, folders or globs. */
  readonly paths: readonly string[]
  readonly options: Options
  readonly reporting: Reporting
  /**
   * Read YAML frontmatter onto `file.data.matter` (export names questions after the page's `title`).
   * @default false
   */
  readonly frontmatter?: boolean
}

const empty = (): Root => ({type: 'root', children: []})

/**
 * A parser that reads `.mdx` files as MDX and the rest as Markdown, with the
 * same setup as `render` and a site build (page-parser.ts), so one engine run
 * checks a whole mixed site and sees each page exactly as the build does. A
 * file whose text has no `rnn` cannot hold a directive, so it is not parsed
 * at all: most pages of a course cost only their reading. A syntax error,
 * or a page that is not UTF-8 (or UTF-16 with its mark), becomes one
 * positioned message.
 */
function parseByExtension(this: Processor, options: Options, frontmatter: boolean): void {
  const markdown = pageReader(options, false, {frontmatter})
  const mdx = pageReader(options, true, {frontmatter})
  this.parser = (document, file) => {
    // The engine read the page as UTF-8; another encoding is read again, or refused.
    const page = redecodePage(document, () => readFileSync(resolve(file.cwd, file.path)))
    if (!withPageText(file, page) || !/rnn/i.test(String(file.value))) return empty()
    return parseReportingSyntaxErrors(file, () =>
      (isMdx(file.extname) ? mdx : markdown).parse(file)
    )
  }
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

/**
 * Check pages as `check` does, with unified-engine (ignore files, globs,
 * remark-cli's report): the exit code, and the checked files for a caller
 * that reads what the plugin recorded on them.
 */
export function checkPages({
  paths,
  options,
  reporting,
  frontmatter = false
}: CheckPages): Promise<{code: number; files: VFile[]}> {
  // The engine reports every message of every page; none stops the check.
  const checking: Options = {...options, strict: false}
  const processor = unified().use(parseByExtension, checking, frontmatter)
  if (frontmatter) processor.use(readMatter)
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: processor.use(remarkRnn, checking).use(remarkNestingCheck),
        files: [...paths],
        extensions: ['md', 'markdown', 'mdx'],
        cwd: process.cwd(),
        ignoreName: '.remarkignore',
        out: false,
        output: false,
        ...reporting,
        streamError: process.stderr,
        streamOut: process.stdout
      },
      (error, code, context) => {
        const files = [...(context?.files ?? [])]
        if (error) reject(error)
        else if (files.length === 0) reject(noPages(paths))
        else resolve({code: code ?? 0, files})
      }
    )
  })
}

/**
 * Nothing to check is a mistake, not a pass: a glob with a typo or an
 * empty folder in CI must fail, in one line (exit 2).
 */
function noPages(paths: readonly string[]): FileError {
  const quoted = paths.map((path) => `\`${path}\``).join(', ')
  return new FileError(`no .md, .markdown or .mdx page found in ${quoted}.`)
}
