import remarkMdx from 'remark-mdx'
import type {Options} from '../directives/options.js'
import {markdownReader} from './markdown-reader.js'

// The one way every command reads a page, and the setup the README shows
// plugin users: `check` must see exactly what `render` and a site build see,
// or a footnote or `$…$` reads differently in one of them.

/** Whether a file is read as MDX (by its extension) or as Markdown. */
export function isMdx(extname: string | undefined): boolean {
  return extname?.toLowerCase() === '.mdx'
}

/**
 * remark-parse (with remark-mdx for `.mdx`) and the plugins of
 * markdown-reader.ts: a page parsed and expanded; with `frontmatter`, a
 * leading YAML block is read as frontmatter instead of a rule and a heading.
 */
export function pageReader(options: Options, mdx: boolean, {frontmatter = false} = {}) {
  return markdownReader(options, {frontmatter, mdx: mdx ? remarkMdx : undefined})
}
