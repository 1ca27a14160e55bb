// Next.js site that renders the example course with remark-rnn, in Markdown
// and MDX, under Turbopack (the default) and webpack (`next build --webpack`).
// Turbopack hands the loader's options to another process, so every plugin
// is named by its package and its options are plain JSON. A bad directive or
// a wrong answer key fails the build (remark-rnn's default, `strict`).
import {fileURLToPath} from 'node:url'
import createMDX from '@next/mdx'

const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    remarkPlugins: ['remark-directive', 'remark-math', 'remark-rnn'],
    rehypePlugins: ['rehype-katex']
  }
})

export default withMDX({
  pageExtensions: ['js', 'jsx', 'md', 'mdx', 'ts', 'tsx'],
  // remark-rnn is linked from this checkout (`file:../..`): Turbopack only
  // reads files under its root, so the root is the checkout, not this folder.
  turbopack: {root: fileURLToPath(new URL('../..', import.meta.url))}
})
