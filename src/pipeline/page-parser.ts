import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Options} from '../directives/options.js'
import remarkRnn from '../plugin/remark-rnn.js'

// The one way every command reads a page, and the setup the README shows
// plugin users: `check` must see exactly what `render` and a site build see,
// or a footnote or `$…$` reads differently in one of them.

/** The remark plugins after remark-parse: directives, GFM, math, then remark-rnn (which adds the `<…>` short form). */
export function remarkPlugins(options: Options) {
  return [remarkDirective, remarkGfm, remarkMath, [remarkRnn, options]] as const
}

/** Whether a file is read as MDX (by its extension) or as Markdown. */
export function isMdx(extname: string | undefined): boolean {
  return extname?.toLowerCase() === '.mdx'
}

/**
 * remark-parse (with remark-mdx for `.mdx`) and the plugins above: a page
 * parsed and expanded; with `frontmatter`, a leading YAML block is read as
 * frontmatter instead of a rule and a heading.
 */
export function pageReader(options: Options, mdx: boolean, {frontmatter = false} = {}) {
  const processor = unified().use(remarkParse)
  if (mdx) processor.use(remarkMdx)
  if (frontmatter) processor.use(remarkFrontmatter)
  const [directive, gfm, math, [rnn, rnnOptions]] = remarkPlugins(options)
  return processor.use(directive).use(gfm).use(math).use(rnn, rnnOptions)
}
