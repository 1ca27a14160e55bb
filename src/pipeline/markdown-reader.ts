import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import type remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Options} from '../directives/options.js'
import remarkRnn from '../plugin/remark-rnn.js'

// The page reader of page-parser.ts without importing MDX's syntax (acorn
// and its JSX parser, a third of what `remark-rnn pandoc` would load), for
// commands that never read `.mdx`: page-parser.ts passes remark-mdx in.

/** The remark plugins after remark-parse: directives, GFM, math, then remark-rnn (which adds the `<…>` short form). */
export function remarkPlugins(options: Options) {
  return [remarkDirective, remarkGfm, remarkMath, [remarkRnn, options]] as const
}

export interface ReaderSetup {
  /** Read a leading YAML block as frontmatter instead of a rule and a heading. */
  readonly frontmatter?: boolean | undefined
  /** remark-mdx, to read the page as MDX. */
  readonly mdx?: typeof remarkMdx | undefined
}

/** remark-parse (then `mdx` and frontmatter when given) and the plugins above: a page parsed and expanded. */
export function markdownReader(options: Options, {frontmatter = false, mdx}: ReaderSetup = {}) {
  const processor = unified().use(remarkParse)
  if (mdx) processor.use(mdx)
  if (frontmatter) processor.use(remarkFrontmatter)
  const [directive, gfm, math, [rnn, rnnOptions]] = remarkPlugins(options)
  return processor.use(directive).use(gfm).use(math).use(rnn, rnnOptions)
}
