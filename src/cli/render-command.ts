import {writeFile} from 'node:fs/promises'
import {dirname, extname, join} from 'node:path'
import {read} from 'to-vfile'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {Options} from '../directives/options.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import {pluginOptions} from './plugin-flags.js'
import {markdownToMarkdown, markdownToPage, pageFromHast} from './pipelines.js'
import {mdxToHast} from './render-mdx.js'

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
  const html = await renderFile(file, target ?? 'page.html', options)
  if (target !== undefined) {
    await writeFile(target, html)
    // Expanded Markdown links its diagrams as SVG files beside it.
    for (const side of file.data.rnnDiagramFiles ?? []) await writeFile(join(dirname(target), side.name), side.contents)
  }

  const failed = file.messages.some((message) => message.fatal)
  return {output: target === undefined ? html : '', report: file.messages.length > 0 ? reporter(file) : '', failed}
}

async function renderFile(file: VFile, target: string, options: Options): Promise<string> {
  const mdx = file.extname === '.mdx'
  const extension = extname(target).toLowerCase()
  if (extension === '.md' || extension === '.markdown') {
    if (mdx) throw new UsageError('render writes expanded Markdown from .md files only; render .mdx to .html.')
    return String(await markdownToMarkdown(file, options, target))
  }

  if (extension !== '.html' && extension !== '.htm') {
    throw new UsageError(`render writes .html or .md, not ${extension || 'a file without an extension'}.`)
  }

  if (!mdx) return String(await markdownToPage(file, options))
  return pageFromHast(await mdxToHast(file, options), file.stem ?? 'remark-rnn', options.locale?.split('-')[0])
}
