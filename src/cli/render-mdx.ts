import type {Root} from 'hast'
import type {VFile} from 'vfile'
import type {Options} from '../plugin/options.js'
import {remarkPlugins} from './page-parser.js'
import {rehypeKatexEntry} from './pipelines.js'

/**
 * MDX → a hast tree for previews: compile with @mdx-js/mdx (loaded only here, as
 * it is large; the CLI bundle carries it) and run the result with hastscript's
 * JSX runtime, so no React is needed. Imports and custom components are the site's business and are not
 * available in a preview.
 */
export async function mdxToHast(file: VFile, options: Options): Promise<Root> {
  const {evaluate} = await import('@mdx-js/mdx')
  const runtime = await import('hastscript/jsx-runtime')
  // MDX wants a truthy Fragment; hastscript's is `null`.
  const fragment = Symbol('Fragment')
  const jsx = (type: unknown, props: Record<string, unknown>, key?: string) =>
    runtime.jsx((type === fragment ? null : type) as never, props as never, key)
  const module = await evaluate(file, {
    Fragment: fragment as never,
    jsx: jsx as never,
    jsxs: jsx as never,
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
    remarkPlugins: remarkPlugins(options) as never,
    rehypePlugins: [rehypeKatexEntry as never]
  })
  return (module.default as (props: object) => Root)({})
}
