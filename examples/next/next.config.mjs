// Next.js site that renders the example course with remark-rnn, in Markdown
// and MDX, under Turbopack (the default) and webpack (`next build --webpack`).
// Turbopack hands the loader's options to another process, so every plugin
// is named by its package and its options are plain JSON. Next.js does not
// show plugin warnings, so strict mode turns a bad directive or a wrong
// answer key into a failed build.
import {fileURLToPath} from 'node:url'
import createMDX from '@next/mdx'

const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    remarkPlugins: ['remark-directive', 'remark-math', ['remark-rnn', {strict: true}]],
    rehypePlugins: ['rehype-katex']
  }
})

export default withMDX({
  pageExtensions: ['js', 'jsx', 'md', 'mdx', 'ts', 'tsx'],
  // remark-rnn is linked from this checkout (`file:../..`): Turbopack only
  // reads files under its root, so the root is the checkout, not this folder.
  turbopack: {root: fileURLToPath(new URL('../..', import.meta.url))}
})
