import {writeFile} from 'node:fs/promises'
import {extname} from 'node:path'
import {read} from 'to-vfile'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {Options} from '../plugin/options.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import {pluginOptions} from './plugin-flags.js'
import {markdownToMarkdown, markdownToPage, pageFromHast} from './pipelines.js'
import {mdxToHast} from './render-mdx.js'
import {isMdx} from './page-parser.js'

/** Output written next to the problems found, so a preview never hides them. */
export interface Rendered {
  readonly output: string
  readonly report: string
  readonly failed: boolean
}

/** `remark-rnn render`: one file in, one page (or expanded Markdown) out. */
export async function renderCommand({flags, positionals}: ParsedArguments): Promise<Rendered> {
  const [input, ...rest] = positionals
  if (input === undefined || rest.length > 0) throw new UsageError('render takes exactly one input file.')

  let target: string | undefined
  const options = pluginOptions(
    flags.filter((flag) => {
      if (flag.name !== 'output') return true
      target = flag.value
      return false
    })
  )

  const file = await read(input)
  const html = await renderFile(file, target === undefined ? '.html' : extname(target).toLowerCase(), options)
  if (target !== undefined) await writeFile(target, html)
  const failed = file.messages.some((message) => message.fatal)
  const report = file.messages.length > 0 ? reporter(file) : ''
  return {output: target === undefined ? html : '', report: report + writtenBackNotice(file, target), failed}
}

/**
 * Expanded Markdown of a page with problems keeps those directives as
 * written; say so, so nobody takes the written page for a fixed one.
 */
function writtenBackNotice(file: VFile, target: string | undefined): string {
  const problems = file.messages.length
  if (problems === 0 || target === undefined || !/\.(?:md|markdown)$/i.test(target)) return ''
  return `\nremark-rnn render: wrote ${target} with ${problems} problem${problems === 1 ? '' : 's'}: those directives are written back as the author wrote them, and checking ${target} reports the same problems.`
}

async function renderFile(file: VFile, extension: string, options: Options): Promise<string> {
  const mdx = isMdx(file.extname)
  if (extension === '.md' || extension === '.markdown') {
    if (mdx) throw new UsageError('render writes expanded Markdown from .md files only; render .mdx to .html.')
    return String(await markdownToMarkdown(file, options))
  }

  if (extension !== '.html' && extension !== '.htm') {
    throw new UsageError(`render writes .html or .md, not ${extension || 'a file without an extension'}.`)
  }

  if (!mdx) return String(await markdownToPage(file, options))
  return pageFromHast(await mdxToHast(file, options), file.stem ?? 'remark-rnn')
}
